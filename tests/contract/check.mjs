#!/usr/bin/env node
// Contract checker for Courtyard: validates api/openapi.yaml (OpenAPI validity, schemas that
// compile, samples, and the outside linter Redocly CLI with redocly.yaml beside this file),
// then starts the real courtyard-server on a fresh state directory with the demo seed,
// exercises every served endpoint as the demo users, and validates each answer (status code
// and body) against the operation's responses in the document.
//
//   node check.mjs --server-bin PATH [--spec api/openapi.yaml] [--keep-state] [--verbose]
//   node check.mjs --url https://127.0.0.1:8443 --ca STATE/ca.pem   (a running, demo-seeded server)
//   node check.mjs --spec-only                                       (the document alone)
//
// Prints one line per check and, last, "N passed, M failed"; exits 1 on any failure.

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

let SwaggerParser, Ajv, addFormats, YAML;
try {
    SwaggerParser = (await import('@apidevtools/swagger-parser')).default;
    Ajv = (await import('ajv')).default;
    addFormats = (await import('ajv-formats')).default;
    YAML = await import('yaml');
} catch (e) {
    console.error(`contract checker: its npm packages are missing (${e.message}).`);
    console.error(`Run \`npm ci\` in ${here} (scripts/install-deps.sh does it).`);
    console.log('0 passed, 1 failed');
    process.exit(2);
}

// ------------------------------------------------------------------------- arguments

function parseArgs(argv) {
    const args = { spec: path.resolve(here, '../../api/openapi.yaml'), keepState: false, verbose: false };
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) usage(`${a} needs a value`);
            return argv[++i];
        };
        if (a === '--server-bin') args.serverBin = value();
        else if (a === '--spec') args.spec = value();
        else if (a === '--url') args.url = value();
        else if (a === '--ca') args.ca = value();
        else if (a === '--keep-state') args.keepState = true;
        else if (a === '--spec-only') args.specOnly = true;
        else if (a === '--verbose' || a === '-v') args.verbose = true;
        else if (a === '--help' || a === '-h') usage();
        else usage(`unknown argument ${a}`);
    }
    if (!args.specOnly && !args.serverBin && !(args.url && args.ca))
        usage('give --server-bin PATH, or --url URL --ca FILE, or --spec-only');
    return args;
}

function usage(problem) {
    if (problem) console.error(`check.mjs: ${problem}`);
    console.error('usage: node check.mjs --server-bin PATH [--spec FILE] [--keep-state] [--verbose]\n' +
                  '       node check.mjs --url https://HOST:PORT --ca CA.pem [--spec FILE]\n' +
                  '       node check.mjs --spec-only [--spec FILE]');
    process.exit(problem ? 2 : 0);
}

const args = parseArgs(process.argv.slice(2));

// ------------------------------------------------------------------------- reporting

let passed = 0;
let failed = 0;
const failures = [];

function report(ok, name, detail) {
    if (ok) {
        ++passed;
        console.log(`ok   ${name}${detail && args.verbose ? ` (${detail})` : ''}`);
    } else {
        ++failed;
        failures.push(name);
        console.log(`FAIL ${name}: ${detail}`);
    }
}

class CheckError extends Error {}
function assert(cond, message) {
    if (!cond) throw new CheckError(message);
}

// Runs one check. fn may record document problems through `ctx.problems`; any problem or
// thrown error fails the check.
let stopping = false;
async function check(name, fn) {
    if (stopping) return;
    const ctx = { problems: [], notes: [] };
    try {
        await fn(ctx);
        if (ctx.problems.length) report(false, name, ctx.problems.join('; '));
        else report(true, name, ctx.notes.join('; '));
    } catch (e) {
        const msg = e instanceof CheckError ? e.message : (e && e.stack) || String(e);
        report(false, name, [msg, ...ctx.problems].join('; '));
    }
}

function finish(code) {
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = code ?? (failed ? 1 : 0);
}

// ------------------------------------------------------------------------- the document

const specText = fs.readFileSync(args.spec, 'utf8');
const doc = YAML.parse(specText);
const basePath = (() => {
    const url = doc.servers?.[0]?.url ?? '';
    const m = /^[a-z]+:\/\/[^/]+(\/.*)?$/.exec(url.replace(/\{[^}]+\}/g, 'x'));
    return (m && m[1]) ? m[1].replace(/\/$/, '') : '';
})();

// OpenAPI 3.0 schema objects -> JSON Schema for ajv: `nullable` becomes a type union,
// extensions and annotations ajv does not know are dropped, `$ref`s into
// #/components/schemas point at the registered copy, the discriminator keeps only what ajv
// understands.
const SCHEMA_REF = '#/components/schemas/';
function toJsonSchema(s) {
    if (Array.isArray(s)) return s.map(toJsonSchema);
    if (s === null || typeof s !== 'object') return s;
    const out = {};
    for (const [k, v] of Object.entries(s)) {
        if (k.startsWith('x-') || k === 'example' || k === 'xml' || k === 'externalDocs' || k === 'nullable')
            continue;
        if (k === '$ref') {
            assert(typeof v === 'string' && v.startsWith(SCHEMA_REF), `unsupported $ref ${v}`);
            out.$ref = `cy#/$defs/${v.slice(SCHEMA_REF.length)}`;
        } else if (k === 'properties') {
            out.properties = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, toJsonSchema(ps)]));
        } else if (k === 'items' || k === 'not' || (k === 'additionalProperties' && typeof v === 'object')) {
            out[k] = toJsonSchema(v);
        } else if (k === 'allOf' || k === 'oneOf' || k === 'anyOf') {
            out[k] = v.map(toJsonSchema);
        } else if (k === 'discriminator') {
            out.discriminator = { propertyName: v.propertyName };
        } else {
            out[k] = v;
        }
    }
    if (s.nullable === true) {
        if (out.type !== undefined) return { ...out, type: [].concat(out.type, 'null') };
        return { anyOf: [{ type: 'null' }, out] };
    }
    return out;
}

const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
    discriminator: true,
});
addFormats(ajv);

const validators = new Map();
function validatorFor(schema, key) {
    if (!validators.has(key)) validators.set(key, ajv.compile(toJsonSchema(schema)));
    return validators.get(key);
}

function formatErrors(errors) {
    // With oneOf the interesting errors are the deepest ones; keep a handful.
    const seen = new Set();
    const lines = [];
    for (const e of errors ?? []) {
        let line = `${e.instancePath || '/'} ${e.message}`;
        if (e.params?.additionalProperty) line += ` (${e.params.additionalProperty})`;
        if (e.params?.allowedValues) line += ` (${e.params.allowedValues.join('|')})`;
        if (!seen.has(line)) {
            seen.add(line);
            lines.push(line);
        }
    }
    lines.sort((a, b) => b.split('/').length - a.split('/').length);
    return lines.slice(0, 6).join(', ') + (lines.length > 6 ? `, … (${lines.length} errors)` : '');
}

function resolveComponent(obj) {
    let o = obj;
    for (let depth = 0; o && o.$ref && depth < 10; ++depth) {
        const parts = o.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
        o = parts.reduce((acc, p) => acc?.[p], doc);
    }
    return o;
}

const templates = Object.keys(doc.paths ?? {}).map((t) => ({
    template: t,
    regex: new RegExp('^' + t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$'),
    params: (t.match(/\{/g) ?? []).length,
})).sort((a, b) => a.params - b.params);

function findOperation(method, urlPath) {
    let p = urlPath.split('?')[0];
    if (basePath && p.startsWith(basePath)) p = p.slice(basePath.length) || '/';
    const t = templates.find((x) => x.regex.test(p));
    if (!t) return null;
    const op = doc.paths[t.template][method.toLowerCase()];
    return op ? { template: t.template, op } : { template: t.template, op: null };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
function operationsOf(template) {
    return Object.entries(doc.paths[template] ?? {}).filter(([m, op]) => HTTP_METHODS.includes(m) && op);
}

function mediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

// Validates one answer against the document; returns a list of problems.
function responseProblems(method, urlPath, res) {
    const where = `${method} ${urlPath.split('?')[0]}`;
    const found = findOperation(method, urlPath);
    if (!found || !found.op) {
        if (res.status < 400) return [`${where} answered ${res.status}, but it is not an operation in the document`];
        if (found) {
            // A method the path has no operation for: every operation of the path must
            // document the router's answer (405), and it must match each of them.
            const problems = [];
            for (const [m, op] of operationsOf(found.template)) {
                const documented = op.responses?.[String(res.status)];
                if (!documented) {
                    problems.push(`${where}: status ${res.status} is not documented on ${m.toUpperCase()} ${found.template}`);
                    continue;
                }
                problems.push(...bodyProblems(where, res, resolveComponent(documented).content, `${m} ${found.template} ${res.status}`));
            }
            return problems;
        }
        // A path that names no endpoint belongs to no operation: the answer must still be an Error.
        return bodyProblems(where, res, { 'application/json': { schema: { $ref: `${SCHEMA_REF}Error` } } }, 'Error');
    }
    const responses = found.op.responses ?? {};
    const documented = responses[String(res.status)] ?? responses[`${String(res.status)[0]}XX`];
    if (!documented) {
        return [`${where}: status ${res.status} is not documented for ${method} ${found.template} ` +
                `(documented: ${Object.keys(responses).join(', ')}); body ${excerpt(res.text)}`];
    }
    const response = resolveComponent(documented);
    const problems = [];
    for (const [name, h] of Object.entries(response.headers ?? {})) {
        if (h.required && res.headers[name.toLowerCase()] === undefined)
            problems.push(`${where} ${res.status}: header ${name} missing`);
    }
    const key = `${method} ${found.template} ${res.status}`;
    return problems.concat(bodyProblems(where, res, response.content, key));
}

function bodyProblems(where, res, content, key) {
    if (!content || Object.keys(content).length === 0) {
        return res.body.length ? [`${where} ${res.status}: the document says no body, got ${excerpt(res.text)}`] : [];
    }
    const mt = mediaType(res.headers['content-type']);
    const media = content[mt];
    if (!media) {
        return [`${where} ${res.status}: Content-Type "${res.headers['content-type'] ?? ''}" is not one of ` +
                `${Object.keys(content).join(', ')}`];
    }
    if (mt !== 'application/json' || !media.schema) return [];
    if (res.json === undefined) return [`${where} ${res.status}: body is not JSON: ${excerpt(res.text)}`];
    const validate = validatorFor(media.schema, `${key} ${mt}`);
    if (!validate(res.json)) return [`${where} ${res.status}: body does not match the document: ${formatErrors(validate.errors)}`];
    return [];
}

// Whether the document's request body schema accepts `body` for this operation.
function requestProblems(method, urlPath, body) {
    const found = findOperation(method, urlPath);
    const rb = found?.op?.requestBody && resolveComponent(found.op.requestBody);
    const schema = rb?.content?.['application/json']?.schema;
    if (!schema) return [`no JSON request body documented for ${method} ${urlPath}`];
    const validate = validatorFor(schema, `request ${method} ${found.template}`);
    return validate(body) ? [] : [formatErrors(validate.errors)];
}

function excerpt(text, n = 300) {
    if (text === undefined) return '(none)';
    const t = String(text).replace(/\s+/g, ' ');
    return t.length > n ? `${t.slice(0, n)}…` : (t || '(empty)');
}

// Every schema a response may use, walked through $refs: each object must be closed, unless
// it says why it is open (`x-courtyard-open`: the record of an entity the document does not
// describe yet).
function openObjects() {
    const open = [];
    const visited = new Set();
    const walk = (s, where) => {
        if (!s || typeof s !== 'object') return;
        if (s.$ref) {
            if (visited.has(s.$ref)) return;
            visited.add(s.$ref);
            return walk(resolveComponent(s), s.$ref);
        }
        if (s.type === 'object' && s.additionalProperties !== false && typeof s.additionalProperties !== 'object'
            && !s['x-courtyard-open'])
            open.push(where);
        for (const [p, ps] of Object.entries(s.properties ?? {})) walk(ps, `${where}.${p}`);
        for (const k of ['items', 'not']) walk(s[k], `${where}/${k}`);
        if (typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${where}/additionalProperties`);
        for (const k of ['allOf', 'oneOf', 'anyOf']) (s[k] ?? []).forEach((x, i) => walk(x, `${where}/${k}/${i}`));
    };
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
        for (const [m, op] of Object.entries(item)) {
            if (!op || typeof op !== 'object' || !op.responses) continue;
            for (const [status, r] of Object.entries(op.responses)) {
                for (const [mt, media] of Object.entries(resolveComponent(r).content ?? {}))
                    walk(media.schema, `${m.toUpperCase()} ${p} ${status} ${mt}`);
            }
        }
    }
    return open;
}

// ------------------------------------------------------------------------- the linter

// Redocly CLI, pinned in package-lock.json, with redocly.yaml beside this file (the
// recommended rules, every warning raised to an error). Run by this script's own Node,
// offline: no usage data, no update check. Resolves to {ok, out}.
const LINTER = path.join(here, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const LINT_CONFIG = path.join(here, 'redocly.yaml');
// @redocly/cli's "engines" (see package-lock.json).
const nodeFitsLinter = (() => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    return (major === 20 && minor >= 19) || major > 22 || (major === 22 && minor >= 12);
})();

async function lintSpec() {
    if (!fs.existsSync(LINTER))
        return { ok: false, out: `${LINTER} is missing: run \`npm ci\` in ${here} (scripts/install-deps.sh does it)` };
    if (!nodeFitsLinter)
        return { ok: false, out: `@redocly/cli needs Node.js 20.19+ (20.x) or 22.12+; this is ${process.version}` };
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
    const r = await run(process.execPath, [LINTER, 'lint', '--config', LINT_CONFIG, '--format', 'stylish', args.spec],
                        120000, { log: false, env });
    // Its notice box about Node.js versions is no part of the verdict.
    const out = r.out.split('\n').filter((l) => !/^\s*[║╔╚]/.test(l) && l.trim()).join('\n');
    return { ok: r.code === 0, out };
}

// ------------------------------------------------------------------------- the server

const SERVER_LOG = [];
function keepLog(prefix, chunk) {
    for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        SERVER_LOG.push(`${prefix}${line}`);
        if (SERVER_LOG.length > 300) SERVER_LOG.shift();
        if (args.verbose) console.log(`  | ${prefix}${line}`);
    }
}

// Runs a program to its end; `log` keeps its output with the server's (for the server's CLI).
function run(bin, argv, timeoutMs, { log = true, env } = {}) {
    return new Promise((resolve) => {
        const child = spawn(bin, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
        let out = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.stdout.on('data', (d) => { out += d; if (log) keepLog('', d); });
        child.stderr.on('data', (d) => { out += d; if (log) keepLog('', d); });
        child.on('error', (e) => { clearTimeout(timer); resolve({ code: -1, out: `${out}${e.message}` }); });
        child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code: code ?? signal, out }); });
    });
}

let serverProcess = null;
function startServer(bin, state) {
    return new Promise((resolve, reject) => {
        // The checker signs in and tries join codes from one address far more often within its
        // minute than people do; the per-address minute budget (shared by logins and the code
        // routes) is not what it tests, the per-account and per-code waits are.
        const child = spawn(bin, ['serve', '--state', state, '--port', '0', '--max-logins-per-address-per-minute', '1000'],
                            { stdio: ['ignore', 'pipe', 'pipe'] });
        serverProcess = child;
        let buffered = '';
        let done = false;
        const timer = setTimeout(() => {
            if (!done) { done = true; reject(new CheckError('no "listening" line within 30 s')); }
        }, 30000);
        child.stdout.on('data', (d) => {
            keepLog('', d);
            if (done) return;
            buffered += d.toString('utf8');
            const m = /courtyard-server listening on (https:\/\/(\[[^\]]+\]|[^:/\s]+):(\d+))/.exec(buffered);
            if (m) { done = true; clearTimeout(timer); resolve({ url: m[1], host: m[2], port: Number(m[3]) }); }
        });
        child.stderr.on('data', (d) => keepLog('', d));
        child.on('error', (e) => { if (!done) { done = true; clearTimeout(timer); reject(e); } });
        child.on('exit', (code, signal) => {
            serverProcess = null;
            if (!done) { done = true; clearTimeout(timer); reject(new CheckError(`serve exited (${code ?? signal}) before listening`)); }
        });
    });
}

async function stopServer() {
    const child = serverProcess;
    if (!child) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(t);
}

// ------------------------------------------------------------------------- HTTP

let agent = null;
let baseUrl = null;

function request(method, urlPath, { token, json, body, headers = {}, timeoutMs = 20000 } = {}) {
    const url = new URL(baseUrl + urlPath);
    const h = { accept: 'application/json', ...headers };
    let payload = body;
    if (json !== undefined) {
        payload = Buffer.from(typeof json === 'string' ? json : JSON.stringify(json), 'utf8');
        if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['content-type'] = 'application/json';
    }
    if (token) h.authorization = `Bearer ${token}`;
    if (payload !== undefined) h['content-length'] = String(payload.length);
    return new Promise((resolve, reject) => {
        let settled = false;
        const req = https.request(url, { method, agent, headers: h, timeout: timeoutMs }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                settled = true;
                const buf = Buffer.concat(chunks);
                const out = { status: res.statusCode, headers: res.headers, body: buf, text: buf.toString('utf8') };
                if (mediaType(res.headers['content-type']) === 'application/json') {
                    try { out.json = JSON.parse(out.text); } catch { /* reported by the validation */ }
                }
                resolve(out);
            });
            res.on('error', (e) => { if (!settled) { settled = true; reject(e); } });
        });
        req.on('timeout', () => req.destroy(new Error(`${method} ${urlPath}: no answer within ${timeoutMs} ms`)));
        // A server may answer (e.g. 413) and close before the whole body is written: the
        // answer counts, a write error after it does not.
        req.on('error', (e) => { if (!settled) { settled = true; reject(new CheckError(`${method} ${urlPath}: ${e.message}`)); } });
        if (payload !== undefined) req.end(payload); else req.end();
    });
}

// One call whose answer must be documented and match its schema.
async function call(ctx, method, urlPath, opts = {}) {
    if (opts.json !== undefined && typeof opts.json === 'object' && opts.requestValid !== undefined) {
        const rp = requestProblems(method, urlPath, opts.json);
        if (opts.requestValid && rp.length)
            ctx.problems.push(`the document refuses this request, which should be valid: ${rp.join(', ')}`);
        if (!opts.requestValid && !rp.length)
            ctx.problems.push('the document accepts this request, which the server must refuse');
    }
    const res = await request(method, urlPath, opts);
    ctx.problems.push(...responseProblems(method, urlPath, res));
    return res;
}

function expectStatus(res, status, what = '') {
    const list = [].concat(status);
    assert(list.includes(res.status), `${what}expected ${list.join(' or ')}, got ${res.status}: ${excerpt(res.text)}`);
}
function expectError(res, status, codes) {
    expectStatus(res, status);
    const list = [].concat(codes);
    assert(res.json && list.includes(res.json.error), `expected error ${list.join(' or ')}, got ${excerpt(res.text)}`);
}

// ------------------------------------------------------------------------- fixtures

const PASSWORD = 'courtyard-demo';
const USERS = {
    resident1: { phone: '13800000001', role: 'resident' },
    resident2: { phone: '13800000002', role: 'resident' },
    agent: { phone: '13900000001', role: 'agent' },
    tech1: { phone: '13900000002', role: 'technician' },
    tech2: { phone: '13900000003', role: 'technician' },
    manager: { phone: '13900000009', role: 'manager' },
};
const ESTATE = 'est-1';

const CRC_TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; ++n) {
        let c = n;
        for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
function crc32(buf) {
    let c = 0xffffffff;
    for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
}
// A valid 2x1 RGB PNG with random colours, so each run uploads something new.
function makePng() {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(2, 0); // width
    ihdr.writeUInt32BE(1, 4); // height
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type RGB
    const raw = Buffer.concat([Buffer.from([0]), crypto.randomBytes(6)]); // filter 0 + 2 pixels
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        pngChunk('IHDR', ihdr),
        pngChunk('IDAT', zlib.deflateSync(raw)),
        pngChunk('IEND', Buffer.alloc(0)),
    ]);
}
const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const uuid = () => crypto.randomUUID();
const iso = (ms) => new Date(ms).toISOString();

function sampleTicket() {
    const now = '2026-11-27T02:38:04.123Z';
    return {
        id: '0f8fad5b-d9cb-469f-a165-70867728950e', estateId: 'est-1', unitId: 'unit-1-1-0301', kind: 'repair',
        category: 'plumbing', description: 'Leak', location: null, photos: [], visitFrom: null, visitTo: null,
        contactPhone: null, status: 'submitted', priority: 'normal', assigneeId: null, assigneeName: null,
        pooled: false, onBehalf: false, createdBy: 'usr-1', createdAt: now, reportedAt: now, updatedAt: now,
        responseDueAt: now, resolveDueAt: now, acceptedAt: null, onSiteAt: null, resolvedAt: null, closedAt: null,
        holdReason: null, heldFrom: null, rating: { overall: 5, speed: 4, service: 5, comment: null },
        parts: [], minutesWorked: null, signature: null, convertedFrom: null,
        checkIn: { at: now, latitude: 31.2304, longitude: 121.4737, accuracyM: null },
    };
}

function sampleEvent() {
    return {
        id: 'ev-1', ticketId: '0f8fad5b-d9cb-469f-a165-70867728950e', type: 'status', fromStatus: 'on_site',
        toStatus: 'resolved', actorId: 'usr-tech-1', actorName: 'Zhang', actorRole: 'technician', note: 'done',
        internal: false, at: '2026-11-27T02:38:04.123Z', receivedAt: '2026-11-27T02:38:05.000Z', photos: [],
        detail: null,
    };
}

// The estate administration's records and commands (docs/ESTATE-ADMIN.md), good and bad.
function adminSamples(cid) {
    const at = '2026-11-27T02:38:04.123Z';
    const code = { id: 'jc-1', estateId: 'est-1', unitId: 'unit-1-1-0301', relation: 'family', code: 'K7MQ2XRT', state: 'open',
                   issuedBy: 'usr-res-1', issuedAt: at, expiresAt: at, usedAt: null, usedByName: null };
    const residency = { id: 'res-1', estateId: 'est-1', unitId: 'unit-1-1-0301', userId: 'usr-res-1', name: '王芳',
                        phoneMasked: '138****0001', relation: 'owner', since: at };
    const staff = { id: 'usr-tech-1', name: '张伟', role: 'technician', estateIds: ['est-1'], onDuty: true, active: true,
                    phoneMasked: '139****0002' };
    const sla = { id: 'est-1_urgent', estateId: 'est-1', priority: 'urgent', responseMinutes: 30, resolveMinutes: 240 };
    const c = (type, payload) => ['Command', { id: cid, type, payload }];
    return [
        ['JoinCode', code, true],
        ['JoinCode', { ...code, state: 'used', usedAt: at, usedByName: '孙悦' }, true],
        ...['K7MQ-2XRT', 'k7mq2xrt', 'K7MQ2XR0', 'K7MQ2XRI', 'K7MQ2XR', 'K7MQ2XRTT'].map((bad) => ['JoinCode', { ...code, code: bad }, false]),
        ['JoinCode', { ...code, state: 'expired' }, false],
        ['JoinCode', (({ usedByName, ...rest }) => rest)(code), false],
        ['Residency', residency, true],
        ['Residency', { ...residency, relation: 'landlord' }, false],
        ['Residency', { ...residency, phone: '13800000001' }, false],
        ['Residency', { ...residency, phoneMasked: '13800000001x' }, false],
        ['Staff', staff, true],
        ['Staff', { ...staff, phone: '13900000002' }, false],
        ['Staff', (({ active, ...rest }) => rest)(staff), false],
        ['ParkingSpace', { id: 'park-1-1', estateId: 'est-1', number: 'B1-001', unitId: null }, true],
        ['ParkingSpace', { id: 'park-1-1', estateId: 'est-1', number: 'B1-001' }, false],
        ['SlaPolicy', sla, true],
        ['SlaPolicy', { ...sla, id: 'est-1' }, false],
        ['SlaPolicy', { ...sla, responseMinutes: 0 }, false],
        ['SyncPage', { changes: [{ rev: 3, entity: 'slaPolicy', id: 'est-1_urgent', op: 'upsert', data: sla }], cursor: 3, hasMore: false }, true],
        ['SlaPolicy', { ...sla, id: 'est-1:urgent' }, false],
        ['SyncPage', { changes: [{ rev: 3, entity: 'residency', id: 'res-1', op: 'delete' }], cursor: 3, hasMore: false }, true],
        ['SyncPage', { changes: [{ rev: 3, entity: 'joinCode', id: 'jc-1', op: 'upsert', data: residency }], cursor: 3, hasMore: false }, false],
        ['Unit', { id: 'u', estateId: 'e', buildingId: 'b', number: '1', floor: 1, areaCentiSqm: 8950, purpose: 'shop', status: 'notHandedOver' }, true],
        ['Unit', { id: 'u', estateId: 'e', buildingId: 'b', number: '1', floor: 1, areaCentiSqm: 8950, purpose: 'garage', status: 'vacant' }, false],
        ['Estate', { id: 'est-1', name: 'n', address: 'a', dispatchMode: 'pool', timeZone: 'Asia/Shanghai', ownerInvites: true }, true],
        ['Estate', { id: 'est-1', name: 'n', address: 'a', dispatchMode: 'pool' }, false],
        ['MeUnit', { id: 'u', estateId: 'e', buildingId: 'b', number: '1', relation: 'tenant' }, true],
        ['MeUnit', { id: 'u', estateId: 'e', buildingId: 'b', number: '1' }, false],
        ['CommandApplied', { id: cid, status: 'applied', entity: 'joinCode', data: code }, true],
        ['CommandApplied', { id: cid, status: 'applied', entity: 'joinCode', data: residency }, false],
        ['CommandApplied', { id: cid, status: 'applied' }, true],
        ['CommandApplied', { id: cid, status: 'applied', entity: 'residency' }, false],
        ['CommandRejected', { id: cid, status: 'rejected', error: 'code_used', message: 'x', entity: 'joinCode', data: { ...code, state: 'used' } }, true],
        ['CommandRejected', { id: cid, status: 'rejected', error: 'code_used', message: 'x', entity: 'ticket', data: code }, false],
        ['CommandRejected', { id: cid, status: 'rejected', error: 'code_used', message: 'x', entity: 'joinCode' }, false],
        ['CommandRejected', { id: cid, status: 'rejected', error: 'last_manager', message: 'x' }, true],
        c('estate.update', { estateId: 'est-1', timeZone: 'Asia/Urumqi', ownerInvites: false }),
        c('estate.update', { estateId: 'est-1' }).concat(false),
        c('estate.update', { estateId: 'est-1', dispatchMode: 'lottery' }).concat(false),
        c('sla.set', { estateId: 'est-1', priority: 'high', responseMinutes: 60, resolveMinutes: 480 }),
        c('sla.set', { estateId: 'est-1', priority: 'high', responseMinutes: 60 }).concat(false),
        c('sla.set', { estateId: 'est-1', priority: 'high', responseMinutes: 60, resolveMinutes: 129601 }).concat(false),
        c('building.save', { id: 'bld-9', estateId: 'est-1', name: '9号楼' }),
        c('building.save', { id: 'bld-9', estateId: 'est-1', name: 'x'.repeat(65) }).concat(false),
        c('unit.save', { id: 'u-9', estateId: 'est-1', buildingId: 'bld-9', number: '9-0101', floor: 1, areaCentiSqm: 12345, purpose: 'office', status: 'vacant' }),
        c('unit.save', { id: 'u-9', estateId: 'est-1', buildingId: 'bld-9', number: '9-0101', floor: 1, areaCentiSqm: 0, purpose: 'office', status: 'vacant' }).concat(false),
        c('unit.save', { id: 'u-9', estateId: 'est-1', buildingId: 'bld-9', number: '9-0101', floor: 1, areaCentiSqm: 100.5, purpose: 'office', status: 'vacant' }).concat(false),
        c('unit.save', { id: 'u-9', estateId: 'est-1', buildingId: 'bld-9', number: '9-0101', floor: 1, areaCentiSqm: 100 }).concat(false),
        c('parking.save', { id: 'p-9', estateId: 'est-1', number: 'B2-001', unitId: null }),
        c('parking.save', { id: 'p-9', estateId: 'est-1', number: 'B2-001' }),
        c('parking.remove', { id: 'p-9' }),
        c('staff.save', { id: 'usr-new', name: '新人', phone: '13900000123', role: 'agent', estateIds: ['est-1'] }),
        c('staff.save', { id: 'usr-new', name: '新人', phone: '+8613900000123', role: 'agent', estateIds: ['est-1'] }).concat(false),
        c('staff.save', { id: 'usr-new', name: '新人', phone: '13900000123', role: 'resident', estateIds: ['est-1'] }).concat(false),
        c('staff.save', { id: 'usr-new', name: '新人', phone: '13900000123', role: 'agent', estateIds: [] }).concat(false),
        c('staff.deactivate', { id: 'usr-new' }),
        c('staff.reactivate', { id: 'usr-new', reason: 'back' }).concat(false),
        c('duty.set', { userId: 'usr-tech-1', onDuty: false }),
        c('duty.set', { userId: 'usr-tech-1' }).concat(false),
        c('joinCode.issue', { id: 'jc-9', unitId: 'unit-1-1-0301', relation: 'tenant', validDays: 30 }),
        c('joinCode.issue', { id: 'jc-9', unitId: 'unit-1-1-0301', relation: 'tenant', validDays: 31 }).concat(false),
        c('joinCode.issue', { id: 'jc-9', unitId: 'unit-1-1-0301', relation: 'guest' }).concat(false),
        c('joinCode.revoke', { id: 'jc-9' }),
        c('resident.remove', { residencyId: 'res-1' }),
        c('resident.remove', { id: 'res-1' }).concat(false),
        c('account.issueResetCode', { userId: 'usr-res-1' }),
    ].map((x) => (x.length === 2 ? [...x, true] : x));
}

// ------------------------------------------------------------------------- checks

async function documentChecks() {
    let ok = false;
    await check('spec: api/openapi.yaml is a valid OpenAPI 3.0 document', async () => {
        assert(/^3\.0\.\d+$/.test(String(doc.openapi)), `openapi is ${doc.openapi}, expected 3.0.x`);
        await SwaggerParser.validate(structuredClone(doc));
        ok = true;
    });
    await check('spec: every schema compiles for validation', async (ctx) => {
        ajv.addSchema({
            $id: 'cy',
            $defs: Object.fromEntries(Object.entries(doc.components?.schemas ?? {}).map(([n, s]) => [n, toJsonSchema(s)])),
        });
        for (const name of Object.keys(doc.components?.schemas ?? {})) {
            try { validatorFor({ $ref: SCHEMA_REF + name }, `component ${name}`); } catch (e) { ctx.problems.push(`${name}: ${e.message}`); }
        }
        for (const [p, item] of Object.entries(doc.paths)) {
            for (const [m, op] of Object.entries(item)) {
                if (!op?.responses) continue;
                for (const [status, r] of Object.entries(op.responses)) {
                    for (const [mt, media] of Object.entries(resolveComponent(r).content ?? {})) {
                        if (!media.schema) continue;
                        try { validatorFor(media.schema, `${m.toUpperCase()} ${p} ${status} ${mt}`); } catch (e) { ctx.problems.push(`${m} ${p} ${status}: ${e.message}`); }
                    }
                }
            }
        }
    });
    await check('spec: every response object is closed (additionalProperties: false), or says why not', async () => {
        const open = openObjects();
        assert(open.length === 0, `open objects: ${open.join(', ')}`);
    });
    await check('spec: the schemas accept good samples and refuse bad ones', async () => {
        const v = (name, value) => validatorFor({ $ref: SCHEMA_REF + name }, `component ${name}`)(value);
        const t = sampleTicket();
        const cases = [
            ['Ticket', t, true],
            ['Ticket', { ...t, secret: 1 }, false],
            ['Ticket', { ...t, unitId: null, location: null, rating: null }, true],
            ['Ticket', { ...t, location: { label: 'Lobby', latitude: 31.2, longitude: 121.4, accuracyM: 5 } }, true],
            ['Ticket', { ...t, location: { label: 'Lobby', extra: true } }, false],
            ['Ticket', { ...t, status: 'lost' }, false],
            ['Ticket', { ...t, createdAt: '2026-11-27T02:38:04Z' }, false],
            ['Ticket', { ...t, rating: { overall: 6, speed: 1, service: 1, comment: null } }, false],
            ['Ticket', (({ description, ...rest }) => rest)(t), false],
            ['Ticket', (({ checkIn, pooled, ...rest }) => rest)(t), true],
            ['Ticket', (({ parts, ...rest }) => rest)(t), false],
            ['Ticket', { ...t, checkIn: null }, true],
            ['Ticket', { ...t, checkIn: { at: t.createdAt, latitude: null, longitude: null, accuracyM: null } }, true],
            ['Ticket', { ...t, checkIn: { at: t.createdAt, latitude: 91, longitude: 0, accuracyM: 1 } }, false],
            ['Ticket', { ...t, checkIn: { at: t.createdAt, latitude: 1, longitude: 1, accuracyM: 1, source: 'gps' } }, false],
            ['Ticket', { ...t, parts: [{ name: 'valve', quantity: 2 }], minutesWorked: 45, signature: 'a'.repeat(64), convertedFrom: 'complaint' }, true],
            ['Ticket', { ...t, parts: [{ name: 'valve', quantity: 0 }] }, false],
            ['Ticket', { ...t, parts: [{ name: 'x'.repeat(65), quantity: 1 }] }, false],
            ['Ticket', { ...t, parts: Array.from({ length: 21 }, () => ({ name: 'v', quantity: 1 })) }, false],
            ['Ticket', { ...t, minutesWorked: -1 }, false],
            ['Ticket', { ...t, convertedFrom: 'inquiry' }, false],
            ['Ticket', { ...t, signature: 'not-a-hash' }, false],
            ['TicketEvent', sampleEvent(), true],
            ['TicketEvent', { ...sampleEvent(), type: 'converted', fromStatus: null, toStatus: null, note: null,
                              detail: { kind: 'convert', from: 'complaint', to: 'repair' } }, true],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'priority', from: 'normal', to: 'urgent' } }, true],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'autoClose', afterDays: 7 } }, true],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'gossip' } }, false],
            ['TicketEvent', (({ detail, ...rest }) => rest)(sampleEvent()), false],
            ['Ticket', { ...t, status: 'on_hold', heldFrom: 'on_site' }, true],
            ['Ticket', { ...t, heldFrom: 'somewhere' }, false],
            ['TicketEvent', (({ photos, ...rest }) => rest)(sampleEvent()), false],
            ['TicketEvent', { ...sampleEvent(), photos: Array.from({ length: 7 }, (_, i) => String(i).repeat(64)) }, false],
            ['SyncPage', { changes: [{ rev: 1, entity: 'ticket', id: t.id, op: 'upsert', data: t }], cursor: 1, hasMore: false }, true],
            ['SyncPage', { changes: [{ rev: 2, entity: 'ticket', id: t.id, op: 'delete' }], cursor: 2, hasMore: false }, true],
            ['SyncPage', { changes: [{ rev: 2, entity: 'ticket', id: t.id, op: 'delete', data: t }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'ticket', id: t.id, op: 'upsert' }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'bill', id: t.id, op: 'upsert', data: t }], cursor: 2, hasMore: false }, false],
            // An entity this document does not describe (a newer server's): kept by the
            // client, so the schema takes it — but never a known entity with a wrong record.
            ['SyncPage', { changes: [{ rev: 2, entity: 'spaceship', id: 'x', op: 'delete' }], cursor: 2, hasMore: false }, true],
            ['SyncPage', { changes: [{ rev: 2, entity: 'spaceship', id: 'x', op: 'upsert', data: { id: 'x', warp: 9 } }], cursor: 2, hasMore: false }, true],
            ['SyncPage', { changes: [{ rev: 2, entity: 'spaceship', id: 'x', op: 'upsert' }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'spaceship', id: 'x', op: 'delete', data: {} }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'spaceship', id: 'x', op: 'upsert', data: [1] }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'Space ship', id: 'x', op: 'delete' }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'spaceship', id: 'x', op: 'delete', extra: 1 }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'ticket', id: t.id, op: 'upsert', data: { ...t, secret: 1 } }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'ticket', id: 'tkt-1', op: 'delete' }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [{ rev: 2, entity: 'staff', id: 'usr-1', op: 'upsert', data: { id: 'usr-1' } }], cursor: 2, hasMore: false }, false],
            ['SyncPage', { changes: [], cursor: 0, hasMore: true, reset: true }, true],
            ['CommandApplied', { id: t.id, status: 'applied', entity: 'ticket', data: t }, true],
            ['CommandApplied', { id: t.id, status: 'applied', entity: 'ticket', data: { ...t, x: 1 } }, false],
            ['CommandRejected', { id: t.id, status: 'rejected', error: 'illegal_transition', message: 'no', entity: 'ticket', data: t }, true],
            ['CommandRejected', { id: t.id, status: 'rejected', error: 'bogus', message: 'no' }, false],
            ['Command', { id: t.id, type: 'ticket.accept', payload: { ticketId: t.id } }, true],
            ['Command', { id: t.id, type: 'ticket.accept', payload: { ticketId: t.id, extra: 1 } }, false],
            ['Command', { id: t.id, type: 'ticket.assign', payload: { ticketId: t.id } }, false],
            ['Command', { id: t.id, type: 'ticket.assign', payload: { ticketId: t.id, roundRobin: true } }, true],
            ['Command', { id: t.id, type: 'ticket.assign', payload: { ticketId: t.id, roundRobin: false } }, false],
            ['Command', { id: t.id, type: 'ticket.assign', payload: { ticketId: t.id, roundRobin: true, technicianId: 'usr-tech-1' } }, false],
            ['Command', { id: t.id, type: 'ticket.resolve', payload: { ticketId: t.id, summary: 'ok', parts: [{ name: 'valve', quantity: 1 }], minutesWorked: 0, signature: 'b'.repeat(64), photos: [] } }, true],
            ['Command', { id: t.id, type: 'ticket.resolve', payload: { ticketId: t.id, summary: 'ok', parts: [{ name: 'valve', quantity: 1, price: 2 }] } }, false],
            ['Command', { id: t.id, type: 'ticket.note', payload: { ticketId: t.id, text: 'x', photos: ['c'.repeat(64)] } }, true],
            ['Command', { id: t.id, type: 'ticket.convert', payload: { ticketId: t.id, category: 'plumbing' } }, true],
            ['Command', { id: t.id, type: 'ticket.convert', payload: { ticketId: t.id, category: 'plumbing', kind: 'repair' } }, false],
            ['CommandRejected', { id: t.id, status: 'rejected', error: 'no_technician_on_duty', message: 'none' }, true],
            ['Command', { id: 'ABC', type: 'ticket.accept', payload: { ticketId: t.id } }, false],
            ['Error', { error: 'not_found', message: 'x' }, true],
            ['Error', { error: 'not_found', message: 'x', detail: 1 }, false],
            ['Error', { error: 'method_not_allowed', message: 'x' }, true],
            ['Error', { error: 'uri_too_long', message: 'x' }, true],
            ['BadRequestError', { error: 'invalid_text', message: 'x' }, true],
            ['CommandRejected', { id: t.id, status: 'rejected', error: 'invalid_text', message: 'x' }, false],
            ['CommandRejected', { id: t.id, status: 'rejected', error: 'time_out_of_order', message: 'x', entity: 'ticket', data: t }, true],
            ['CommandRejected', { id: 'not a uuid', status: 'rejected', error: 'forbidden', message: 'x' }, false],
            // contactPhone: digits, '-' and spaces after an optional '+', 5-20 characters,
            // as core/domain Formats::isContactPhone takes it (after trimming).
            ...[['138-0000 0001', true], ['+86 138 0000 0001', true], ['13800000001', true], ['1'.repeat(20), true],
                ['138x', false], ['138-0000 000x', false], ['1'.repeat(21), false], ['1234', false], ['1234 ', false],
                [' 13800000001', false], ['138+0000', false], ['１３８００', false], ['1234\t5', false]]
                .flatMap(([phone, good]) => [
                    ['ContactPhone', phone, good],
                    ['Command', { id: t.id, type: 'ticket.submit', payload: { ticketId: t.id, kind: 'repair', category: 'other', description: 'x', unitId: 'unit-1-1-0301', contactPhone: phone } }, good],
                    ['Ticket', { ...t, contactPhone: phone }, good],
                ]),
            ['Phone', '138-0000 0001', false],
            // Every reference to a ticket is a lowercase UUID.
            ...['tkt-1', 'est-1', t.id.toUpperCase(), `{${t.id}}`].flatMap((bad) => [
                ['Command', { id: t.id, type: 'ticket.accept', payload: { ticketId: bad } }, false],
                ['Command', { id: t.id, type: 'ticket.note', payload: { ticketId: bad, text: 'x' } }, false],
                ['Command', { id: t.id, type: 'ticket.submit', payload: { ticketId: bad, kind: 'repair', category: 'other', description: 'x', unitId: 'unit-1-1-0301' } }, false],
                ['Ticket', { ...t, id: bad }, false],
                ['TicketEvent', { ...sampleEvent(), ticketId: bad }, false],
            ]),
            // What the server sends, with its limits (characters are code points).
            ['Ticket', { ...t, description: '😀'.repeat(2000) }, true],
            ['Ticket', { ...t, description: '😀'.repeat(2001) }, false],
            ['Ticket', { ...t, status: 'on_hold', heldFrom: 'assigned', holdReason: 'r'.repeat(500) }, true],
            ['Ticket', { ...t, holdReason: 'r'.repeat(501) }, false],
            ['Ticket', { ...t, holdReason: '' }, false],
            ['Ticket', { ...t, assigneeId: 'usr-tech-1', assigneeName: '张伟' }, true],
            ['Ticket', { ...t, assigneeName: 'n'.repeat(65) }, false],
            ['Ticket', { ...t, location: { label: 'l'.repeat(101) } }, false],
            ['Ticket', { ...t, rating: { overall: 5, speed: 5, service: 5, comment: 'c'.repeat(1001) } }, false],
            ['Ticket', { ...t, checkIn: { at: t.createdAt, latitude: 31.2, longitude: 121.4, accuracyM: 100001 } }, false],
            ['Ticket', { ...t, signature: null }, true],
            ['TicketEvent', { ...sampleEvent(), note: 'n'.repeat(2001) }, false],
            ['TicketEvent', { ...sampleEvent(), actorName: '' }, false],
            ['TicketEvent', { ...sampleEvent(), actorId: 'system', actorName: 'Courtyard', actorRole: 'system', note: null,
                              detail: { kind: 'autoClose', afterDays: 7 } }, true],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'autoClose', afterDays: 0 } }, false],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'priority', to: 'high' } }, true],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'priority', from: 'normal', to: 'asap' } }, false],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'roundRobin' } }, true],
            ['TicketEvent', { ...sampleEvent(), detail: { kind: 'roundRobin', note: 'x' } }, false],
            ['Me', { id: 'usr-1', name: '王芳', role: 'resident', phoneMasked: '138****0001', estates: [], units: [] }, true],
            ['Me', { id: 'usr-1', name: '王芳', role: 'resident', phoneMasked: '13800000001x', estates: [], units: [] }, false],
            // Texts of a command: no control characters but TAB, LF (and CR, which becomes LF).
            ['Command', { id: t.id, type: 'ticket.note', payload: { ticketId: t.id, text: 'line 1\r\nline 2\tand a tab, 😀' } }, true],
            ...['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u000b'].map((c) =>
                ['Command', { id: t.id, type: 'ticket.note', payload: { ticketId: t.id, text: `bad ${c} text` } }, false]),
            ['Command', { id: t.id, type: 'ticket.resolve', payload: { ticketId: t.id, summary: 'ok', parts: [{ name: 'valve\u0007', quantity: 1 }] } }, false],
            ['Command', { id: t.id, type: 'ticket.submit', payload: { ticketId: t.id, kind: 'repair', category: 'other', description: 'x', location: { label: 'gate\u0000' } } }, false],
            // Optional texts of a command are 1 character or more when given.
            ['Command', { id: t.id, type: 'ticket.cancel', payload: { ticketId: t.id, reason: '' } }, false],
            ['Command', { id: t.id, type: 'ticket.confirm', payload: { ticketId: t.id, overall: 5, speed: 5, service: 5, comment: '' } }, false],
            ['Command', { id: t.id, type: 'ticket.checkIn', payload: { ticketId: t.id, latitude: 1, longitude: 1, accuracyM: 100001 } }, false],
            ...adminSamples(t.id),
        ];
        const wrong = cases.filter(([name, value, good]) => v(name, value) !== good)
            .map(([name, value, good]) => `${name} ${good ? 'refuses' : 'accepts'} ${excerpt(JSON.stringify(value), 120)}`);
        assert(wrong.length === 0, wrong.join('; '));
    });
    await check('spec: every operation has an operationId and a documented 2xx answer', async () => {
        const bad = [];
        for (const [p, item] of Object.entries(doc.paths)) {
            for (const m of ['get', 'put', 'post', 'delete', 'patch']) {
                const op = item[m];
                if (!op) continue;
                // A WebSocket upgrade (GET /live) succeeds with 101 Switching Protocols.
                const success = (s) => s.startsWith('2') || (s === '101' && m === 'get');
                if (!op.operationId || !Object.keys(op.responses ?? {}).some(success)) bad.push(`${m} ${p}`);
                const secured = (op.security ?? doc.security ?? []).length > 0;
                if (secured && !op.responses?.['401']) bad.push(`${m} ${p} (needs 401)`);
            }
        }
        assert(bad.length === 0, bad.join(', '));
    });
    await check("spec: every operation lists the router's answers (405, 413, 414; 404 with a path parameter)", async () => {
        // ApiServer answers these before any operation runs (server/platform/apiserver.cpp).
        const bad = [];
        for (const p of Object.keys(doc.paths)) {
            for (const [m, op] of operationsOf(p)) {
                const want = ['405', '413', '414', ...(p.includes('{') ? ['404'] : [])];
                const missing = want.filter((s) => !op.responses?.[s]);
                if (missing.length) bad.push(`${m.toUpperCase()} ${p} lacks ${missing.join(', ')}`);
            }
        }
        assert(bad.length === 0, bad.join('; '));
    });
    return ok;
}

const served = new Set(Object.entries(doc.components?.schemas ?? {})
    .filter(([, s]) => s['x-courtyard-status'] === 'served').map(([n]) => n[0].toLowerCase() + n.slice(1)));

// Pulls from `since` to the end; validates every page and the page protocol.
async function pullAll(ctx, token, since = 0, limit = 1000) {
    const changes = [];
    let cursor = since;
    for (let page = 0; page < 500; ++page) {
        const res = await call(ctx, 'GET', `/v1/sync?since=${cursor}&limit=${limit}`, { token });
        expectStatus(res, 200, `sync page ${page}: `);
        const body = res.json;
        assert(body.changes.length <= limit, `page has ${body.changes.length} changes, limit ${limit}`);
        let last = cursor;
        for (const c of body.changes) {
            assert(c.rev > last, `revs not ascending past the cursor: ${c.rev} after ${last}`);
            last = c.rev;
            // The schema takes entities it does not know (a newer server's, for clients to
            // keep); this server must send only the ones it marks served.
            assert(served.has(c.entity), `entity "${c.entity}" is sent, but the document does not mark it served (planned or unknown)`);
        }
        // While more is waiting the cursor is the page's last rev; on the last page it may
        // jump ahead to the server's newest revision, never back.
        if (body.hasMore) assert(body.cursor === last, `hasMore page: cursor ${body.cursor} is not the last rev ${last}`);
        else assert(body.cursor >= last, `cursor ${body.cursor} is behind the last rev ${last}`);
        changes.push(...body.changes);
        cursor = body.cursor;
        if (!body.hasMore) return { changes, cursor };
        assert(body.changes.length > 0, 'hasMore=true on an empty page');
    }
    throw new CheckError('more than 500 pages');
}

// The latest state of every record in a list of changes.
function latest(changes) {
    const m = new Map();
    for (const c of changes) m.set(`${c.entity}:${c.id}`, c);
    return [...m.values()].filter((c) => c.op === 'upsert');
}
const ofEntity = (changes, entity) => latest(changes).filter((c) => c.entity === entity).map((c) => c.data);

async function serverChecks() {
    const S = {}; // sessions by user key: {tokens, me}
    const ctxFree = { problems: [] };
    void ctxFree;

    await check('GET /health -> 200 {status: ok}', async (ctx) => {
        const res = await call(ctx, 'GET', '/v1/health');
        expectStatus(res, 200);
        assert(res.json?.status === 'ok', `status ${res.json?.status}`);
    });

    // ---------------------------------------------------------------- auth
    await check('POST /auth/login wrong password -> 401 invalid_credentials', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: USERS.resident1.phone, password: 'wrong-password' }, requestValid: true });
        expectError(res, 401, 'invalid_credentials');
    });
    await check('POST /auth/login unknown phone -> 401 invalid_credentials', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: '13700000000', password: PASSWORD }, requestValid: true });
        expectError(res, 401, 'invalid_credentials');
    });
    await check('POST /auth/login without password -> 400 validation_failed', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: USERS.resident1.phone }, requestValid: false });
        expectError(res, 400, 'validation_failed');
    });
    await check('POST /auth/login with a body that is not JSON -> 400 invalid_json', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/auth/login', { json: '{"phone": "138', headers: { 'content-type': 'application/json' } });
        expectError(res, 400, 'invalid_json');
    });
    for (const [key, u] of Object.entries(USERS)) {
        await check(`POST /auth/login as ${key} (${u.phone}) -> 200 tokens, role ${u.role}`, async (ctx) => {
            const res = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: u.phone, password: PASSWORD }, requestValid: true });
            expectStatus(res, 200);
            const t = res.json;
            assert(t.user.role === u.role, `role ${t.user.role}`);
            assert(t.user.phoneMasked !== u.phone && !t.user.phoneMasked.includes(u.phone.slice(3, 7)),
                   `phoneMasked "${t.user.phoneMasked}" shows the middle digits`);
            assert(t.user.estates.some((e) => e.id === ESTATE), `estates ${JSON.stringify(t.user.estates)} lack ${ESTATE}`);
            if (u.role === 'resident') assert(t.user.units.length > 0, 'a resident without units');
            else assert(t.user.units.length === 0, 'staff with units');
            S[key] = { tokens: t, me: t.user, token: t.accessToken };
        });
    }
    const tok = (k) => S[k]?.token;
    const me = (k) => S[k]?.me ?? {};

    await check('GET /me as each demo user -> 200, same as the login answer', async (ctx) => {
        for (const k of Object.keys(USERS)) {
            const res = await call(ctx, 'GET', '/v1/me', { token: tok(k) });
            expectStatus(res, 200, `${k}: `);
            assert(isDeepStrictEqual(res.json, me(k)), `${k}: /me ${excerpt(res.text)} differs from login's user`);
        }
    });
    await check('GET /me without a token -> 401 unauthorized', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/me'), 401, 'unauthorized');
    });
    await check('GET /me with a garbled token -> 401', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/me', { token: 'not-a-token' }), 401, ['unauthorized', 'invalid_token']);
    });
    await check('GET /me with a forged token (access token with a changed signature) -> 401 invalid_token', async (ctx) => {
        const t = tok('resident1');
        assert(t, 'no resident1 session');
        const last = t.at(-2) === 'A' ? 'B' : 'A';
        const forged = t.slice(0, -2) + last + t.at(-1);
        expectError(await call(ctx, 'GET', '/v1/me', { token: forged }), 401, ['invalid_token', 'unauthorized']);
    });

    // refresh rotation and reuse, on a session of its own
    await check('POST /auth/refresh rotates: new tokens work, the spent one is refused with refresh_reused and revokes the session', async (ctx) => {
        const login = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: USERS.resident2.phone, password: PASSWORD }, requestValid: true });
        expectStatus(login, 200, 'login: ');
        const first = login.json;
        const r1 = await call(ctx, 'POST', '/v1/auth/refresh', { json: { refreshToken: first.refreshToken }, requestValid: true });
        expectStatus(r1, 200, 'refresh: ');
        const second = r1.json;
        assert(second.refreshToken !== first.refreshToken, 'the refresh token did not change');
        assert(isDeepStrictEqual(second.user, first.user), 'refresh answered another user');
        expectStatus(await call(ctx, 'GET', '/v1/me', { token: second.accessToken }), 200, 'me with refreshed token: ');
        const reuse = await call(ctx, 'POST', '/v1/auth/refresh', { json: { refreshToken: first.refreshToken }, requestValid: true });
        expectError(reuse, 401, 'refresh_reused');
        const after = await call(ctx, 'POST', '/v1/auth/refresh', { json: { refreshToken: second.refreshToken }, requestValid: true });
        expectStatus(after, 401, 'newest refresh token after reuse: ');
        ctx.notes.push(`newest refresh after reuse: ${after.json?.error}`);
        const meAfter = await call(ctx, 'GET', '/v1/me', { token: second.accessToken });
        expectError(meAfter, 401, 'session_revoked');
    });
    await check('POST /auth/refresh with an unknown token -> 401 invalid_token', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/auth/refresh', { json: { refreshToken: 'no-such-refresh-token' }, requestValid: true });
        expectError(res, 401, 'invalid_token');
    });
    await check('POST /auth/refresh without refreshToken -> 400 validation_failed', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/auth/refresh', { json: {}, requestValid: false });
        expectError(res, 400, 'validation_failed');
    });

    // ---------------------------------------------------------------- sync
    const cursors = {};
    const pulled = {};
    await check('GET /sync?since=0&limit=3 as resident1 -> 200, a full page with hasMore=true', async (ctx) => {
        const res = await call(ctx, 'GET', '/v1/sync?since=0&limit=3', { token: tok('resident1') });
        expectStatus(res, 200);
        assert(res.json.hasMore === true, 'hasMore is not true');
        assert(res.json.changes.length >= 1 && res.json.changes.length <= 3, `${res.json.changes.length} changes`);
        const rest = await pullAll(ctx, tok('resident1'), res.json.cursor, 3);
        pulled.resident1 = [...res.json.changes, ...rest.changes];
        cursors.resident1 = rest.cursor;
        ctx.notes.push(`${pulled.resident1.length} changes`);
    });
    await check('GET /sync as resident1 at its cursor -> empty page, hasMore=false, same cursor', async (ctx) => {
        const res = await call(ctx, 'GET', `/v1/sync?since=${cursors.resident1}`, { token: tok('resident1') });
        expectStatus(res, 200);
        assert(res.json.changes.length === 0 && res.json.hasMore === false && res.json.cursor === cursors.resident1,
               `got ${excerpt(res.text)}`);
        assert(!('reset' in res.json), 'reset on an ordinary page');
    });
    await check('GET /sync?since=<beyond the newest revision> (a restored store) -> reset page: no changes, cursor 0, hasMore', async (ctx) => {
        const res = await call(ctx, 'GET', `/v1/sync?since=${Number.MAX_SAFE_INTEGER}`, { token: tok('resident1') });
        expectStatus(res, 200);
        assert(res.json.reset === true && res.json.changes.length === 0 && res.json.cursor === 0 && res.json.hasMore === true,
               `got ${excerpt(res.text)}`);
    });
    await check('sync as resident1 holds only what the resident may see', async () => {
        const ch = pulled.resident1;
        assert(ch, 'no pull');
        const units = new Set(me('resident1').units.map((u) => u.id));
        const estates = new Set(me('resident1').estates.map((e) => e.id));
        const bad = [];
        for (const c of latest(ch)) {
            const d = c.data;
            if (c.entity === 'staff') bad.push(`staff ${c.id}`);
            if (c.entity === 'unit' && !units.has(c.id)) bad.push(`unit ${c.id}`);
            if ((c.entity === 'bill' || c.entity === 'payment') && !units.has(d.unitId)) bad.push(`${c.entity} ${c.id} of ${d.unitId}`);
            if (c.entity === 'ticket' && !units.has(d.unitId) && d.createdBy !== me('resident1').id) bad.push(`ticket ${c.id}`);
            if (c.entity === 'ticketEvent' && d.internal) bad.push(`internal ticketEvent ${c.id}`);
            if (['estate', 'building', 'notice'].includes(c.entity) && !estates.has(c.entity === 'estate' ? c.id : d.estateId)) bad.push(`${c.entity} ${c.id}`);
        }
        assert(bad.length === 0, `not the resident's: ${bad.slice(0, 8).join(', ')}`);
        const got = new Set(latest(ch).filter((c) => c.entity === 'unit').map((c) => c.id));
        assert([...units].every((u) => got.has(u)), `own units missing from sync: ${[...units].filter((u) => !got.has(u))}`);
        assert(ofEntity(ch, 'estate').length >= 1, 'no estate record');
        assert(ofEntity(ch, 'bill').length >= 1 && ofEntity(ch, 'payment').length >= 1, "no bills or payments of the resident's unit");
        assert(ofEntity(ch, 'notice').length >= 1, 'no notices of the estate');
    });
    await check('GET /sync as agent -> everything of est-1 (staff, 200 units)', async (ctx) => {
        const r = await pullAll(ctx, tok('agent'));
        pulled.agent = r.changes;
        cursors.agent = r.cursor;
        const units = ofEntity(r.changes, 'unit');
        assert(units.length === 200, `${units.length} units`);
        const staff = ofEntity(r.changes, 'staff');
        for (const k of ['agent', 'tech1', 'tech2', 'manager'])
            assert(staff.some((s) => s.id === me(k).id), `staff ${k} (${me(k).id}) missing`);
        assert(ofEntity(r.changes, 'building').length === 2, 'not 2 buildings');
        ctx.notes.push(`${r.changes.length} changes`);
    });
    await check('seed-demo: orders in every state; resident1 owns at least 4; check-in positions only for staff', async () => {
        const tickets = ofEntity(pulled.agent ?? [], 'ticket');
        const statuses = new Set(tickets.map((t) => t.status));
        for (const st of ['submitted', 'accepted', 'assigned', 'on_site', 'on_hold', 'resolved', 'closed', 'cancelled'])
            assert(statuses.has(st), `no seeded order is ${st} (have ${[...statuses].join(', ')})`);
        assert(tickets.some((t) => t.kind === 'complaint'), 'no seeded complaint');
        assert(tickets.some((t) => t.onBehalf && t.status === 'resolved'), 'no on-behalf order awaiting a call-back');
        assert(tickets.some((t) => t.pooled && t.status === 'accepted'), 'no pooled order');
        assert(tickets.some((t) => t.priority === 'urgent' && t.status === 'submitted'), 'no urgent unanswered order');
        assert(tickets.some((t) => t.parts.length > 0 && t.minutesWorked > 0), 'no resolve report with parts');
        assert(tickets.some((t) => t.rating), 'no rated order');
        const onSite = tickets.find((t) => t.status === 'on_site');
        assert(onSite?.checkIn && typeof onSite.checkIn.latitude === 'number', `on-site order without a check-in fix: ${JSON.stringify(onSite?.checkIn)}`);
        assert(ofEntity(pulled.agent, 'ticketEvent').some((e) => e.internal && e.type === 'note'), 'no seeded internal note');
        const mine = ofEntity(pulled.resident1 ?? [], 'ticket');
        assert(mine.filter((t) => t.createdBy === me('resident1').id).length >= 4, `resident1 owns ${mine.length} orders`);
        assert(mine.every((t) => !('checkIn' in t) && !('pooled' in t)), 'a resident got checkIn or pooled');
    });
    await check('GET /sync as technician -> no bills, no payments, staff of the estate', async (ctx) => {
        const r = await pullAll(ctx, tok('tech1'));
        pulled.tech1 = r.changes;
        cursors.tech1 = r.cursor;
        const leaked = latest(r.changes).filter((c) => c.entity === 'bill' || c.entity === 'payment');
        assert(leaked.length === 0, `${leaked.length} bills/payments`);
        assert(ofEntity(r.changes, 'staff').length >= 1, 'no staff');
    });
    await check('GET /sync as manager -> 200, pages validate', async (ctx) => {
        const r = await pullAll(ctx, tok('manager'), 0, 250);
        cursors.manager = r.cursor;
        assert(ofEntity(r.changes, 'unit').length === 200, 'not 200 units');
    });
    for (const [q, what] of [['limit=0', 'limit=0'], ['limit=1001', 'limit=1001'], ['since=-1', 'since=-1'], ['since=abc', 'since=abc']]) {
        await check(`GET /sync?${what} -> 400 validation_failed`, async (ctx) => {
            expectError(await call(ctx, 'GET', `/v1/sync?${q}`, { token: tok('resident1') }), 400, 'validation_failed');
        });
    }
    await check('GET /sync?since=0&cursor=0 (unknown parameter) -> 400 unknown_field', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/sync?since=0&cursor=0', { token: tok('resident1') }), 400, 'unknown_field');
    });
    await check('GET /sync without a token -> 401 unauthorized', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/sync?since=0'), 401, 'unauthorized');
    });

    // ---------------------------------------------------------------- attachments
    const png = makePng();
    const pngSha = sha256(png);
    await check('PUT /attachments/{sha256} (PNG) as resident1 -> 201 stored', async (ctx) => {
        const res = await call(ctx, 'PUT', `/v1/attachments/${pngSha}`, { token: tok('resident1'), body: png, headers: { 'content-type': 'image/png' } });
        expectStatus(res, 201);
        assert(res.json.sha256 === pngSha && res.json.size === png.length && res.json.contentType === 'image/png', `got ${excerpt(res.text)}`);
    });
    await check('PUT the same attachment again -> 200 already there', async (ctx) => {
        const res = await call(ctx, 'PUT', `/v1/attachments/${pngSha}`, { token: tok('resident1'), body: png, headers: { 'content-type': 'image/png' } });
        expectStatus(res, 200);
        assert(res.json.sha256 === pngSha && res.json.size === png.length, `got ${excerpt(res.text)}`);
    });
    await check('GET /attachments/{sha256} as the uploader -> 200, same bytes, image/png', async (ctx) => {
        const res = await call(ctx, 'GET', `/v1/attachments/${pngSha}`, { token: tok('resident1'), headers: { accept: 'image/*' } });
        expectStatus(res, 200);
        assert(mediaType(res.headers['content-type']) === 'image/png', `content-type ${res.headers['content-type']}`);
        assert(res.body.equals(png), 'bytes differ');
    });
    await check('GET /attachments/{unknown sha256} -> 404 not_found', async (ctx) => {
        expectError(await call(ctx, 'GET', `/v1/attachments/${sha256(Buffer.from('nothing'))}`, { token: tok('resident1') }), 404, 'not_found');
    });
    await check('PUT /attachments with a hash that does not match the bytes -> 400 hash_mismatch', async (ctx) => {
        const other = makePng();
        const res = await call(ctx, 'PUT', `/v1/attachments/${sha256(Buffer.from('something else'))}`, { token: tok('resident1'), body: other, headers: { 'content-type': 'image/png' } });
        expectError(res, 400, 'hash_mismatch');
    });
    await check('PUT /attachments as text/plain -> 415 unsupported_media_type', async (ctx) => {
        const text = Buffer.from('hello');
        const res = await call(ctx, 'PUT', `/v1/attachments/${sha256(text)}`, { token: tok('resident1'), body: text, headers: { 'content-type': 'text/plain' } });
        expectError(res, 415, 'unsupported_media_type');
    });
    await check('PUT /attachments as image/png with JPEG bytes -> 415 unsupported_media_type', async (ctx) => {
        const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(16)]);
        const res = await call(ctx, 'PUT', `/v1/attachments/${sha256(jpeg)}`, { token: tok('resident1'), body: jpeg, headers: { 'content-type': 'image/png' } });
        expectError(res, 415, 'unsupported_media_type');
    });
    await check('PUT /attachments/{not a sha256} -> 400 validation_failed', async (ctx) => {
        const res = await call(ctx, 'PUT', '/v1/attachments/ABC', { token: tok('resident1'), body: png, headers: { 'content-type': 'image/png' } });
        expectError(res, 400, 'validation_failed');
    });
    await check('PUT /attachments over 8 MiB -> 413 payload_too_large', async (ctx) => {
        const big = Buffer.alloc(8 * 1024 * 1024 + 1, 0);
        png.copy(big); // a PNG signature up front; size is what matters
        const res = await call(ctx, 'PUT', `/v1/attachments/${sha256(big)}`, { token: tok('resident1'), body: big, headers: { 'content-type': 'image/png' }, timeoutMs: 60000 });
        expectError(res, 413, 'payload_too_large');
    });
    await check('PUT /attachments without a token -> 401 unauthorized', async (ctx) => {
        expectError(await call(ctx, 'PUT', `/v1/attachments/${pngSha}`, { body: png, headers: { 'content-type': 'image/png' } }), 401, 'unauthorized');
    });

    // ---------------------------------------------------------------- commands
    const unit1 = me('resident1').units?.[0]?.id;
    const unit2 = me('resident2').units?.[0]?.id;
    const push = (ctx, key, command, requestValid = true, opts = {}) =>
        call(ctx, 'POST', '/v1/commands', { token: tok(key), json: command, requestValid, ...opts });
    const applied = (res, status) => {
        expectStatus(res, 200);
        assert(res.json.status === 'applied' && res.json.entity === 'ticket', `got ${excerpt(res.text)}`);
        if (status) assert(res.json.data.status === status, `ticket status ${res.json.data.status}, expected ${status}`);
        return res.json.data;
    };
    const rejected = (res, status, code, ticketStatus) => {
        expectError(res, status, code);
        assert(res.json.status === 'rejected', `status ${res.json.status}`);
        assert(('entity' in res.json) === ('data' in res.json), 'entity and data must come together');
        if (ticketStatus) {
            assert(res.json.entity === 'ticket' && res.json.data?.status === ticketStatus,
                   `expected the current ticket (status ${ticketStatus}) with the rejection, got ${excerpt(res.text)}`);
        }
    };
    const cmd = (type, payload, id = uuid()) => ({ id, type, payload });

    const T1 = uuid();
    const submit1 = cmd('ticket.submit', {
        ticketId: T1, kind: 'repair', category: 'plumbing',
        description: 'Kitchen sink leaks under the cabinet / 厨房水槽下漏水', unitId: unit1,
        photos: [pngSha], contactPhone: USERS.resident1.phone,
        visitFrom: iso(Date.now() + 86400000), visitTo: iso(Date.now() + 90000000), reportedAt: iso(Date.now() - 60000),
    });
    let firstAnswer = null;
    await check('ticket.submit as resident1 -> 200 applied, status submitted', async (ctx) => {
        assert(unit1, 'resident1 has no unit');
        const res = await push(ctx, 'resident1', submit1);
        const t = applied(res, 'submitted');
        firstAnswer = res;
        assert(t.id === T1 && t.unitId === unit1 && t.estateId === ESTATE, `ticket ${excerpt(res.text)}`);
        assert(t.createdBy === me('resident1').id, `createdBy ${t.createdBy}`);
        assert(t.onBehalf === false && t.assigneeId === null && t.rating === null, 'fresh ticket fields');
        assert(isDeepStrictEqual(t.photos, [pngSha]), `photos ${JSON.stringify(t.photos)}`);
    });
    await check('ticket.submit replayed (same id, same payload) -> same status and body', async (ctx) => {
        const res = await push(ctx, 'resident1', submit1);
        assert(firstAnswer, 'no first answer');
        assert(res.status === firstAnswer.status, `status ${res.status}, first was ${firstAnswer.status}`);
        assert(isDeepStrictEqual(res.json, firstAnswer.json), `body differs: ${excerpt(res.text)}`);
        assert(res.headers['courtyard-replay'] === 'true', `Courtyard-Replay header: ${res.headers['courtyard-replay']}`);
    });
    await check('ticket.submit with a reused id and another payload -> 422 id_reused', async (ctx) => {
        const res = await push(ctx, 'resident1', { ...submit1, payload: { ...submit1.payload, description: 'Something else' } });
        rejected(res, 422, 'id_reused');
        assert(res.json.id === submit1.id, 'id not echoed');
    });
    await check('the same command id from another user -> 422 id_reused', async (ctx) => {
        const res = await push(ctx, 'resident2', { ...submit1, payload: { ...submit1.payload, unitId: unit2 } });
        rejected(res, 422, 'id_reused');
    });
    await check('ticket.submit with an unknown payload field -> 400 unknown_field', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x', unitId: unit1, urgentPlease: true });
        rejected(await push(ctx, 'resident1', c, false), 400, 'unknown_field');
    });
    await check('a command with an unknown top-level field -> 400', async (ctx) => {
        const c = { ...cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x', unitId: unit1 }), extra: 1 };
        const res = await push(ctx, 'resident1', c, false);
        expectError(res, 400, ['unknown_field', 'validation_failed']);
    });
    await check('a command of an unknown type -> 400 unknown_command', async (ctx) => {
        const res = await push(ctx, 'resident1', cmd('ticket.teleport', { ticketId: T1 }), false);
        expectError(res, 400, 'unknown_command');
    });
    await check('a command whose body is not JSON -> 400 invalid_json', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/commands', { token: tok('resident1'), json: '{"id": ' });
        expectError(res, 400, 'invalid_json');
    });
    await check('a command whose id is not a UUID -> 400 validation_failed', async (ctx) => {
        const res = await push(ctx, 'resident1', cmd('ticket.accept', { ticketId: T1 }, 'not a uuid!'), false);
        expectError(res, 400, 'validation_failed');
    });
    await check('ticket.submit with reportedAt an hour ahead -> 400 validation_failed', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x', unitId: unit1, reportedAt: iso(Date.now() + 3600000) });
        rejected(await push(ctx, 'resident1', c), 400, 'validation_failed');
    });
    await check('ticket.submit with a 2001-character description -> 400 validation_failed', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x'.repeat(2001), unitId: unit1 });
        rejected(await push(ctx, 'resident1', c, false), 400, 'validation_failed');
    });
    await check('ticket.submit with 7 photos -> 400 validation_failed', async (ctx) => {
        const photos = Array.from({ length: 7 }, () => sha256(crypto.randomBytes(8)));
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x', unitId: unit1, photos });
        rejected(await push(ctx, 'resident1', c, false), 400, 'validation_failed');
    });
    await check("ticket.submit by resident1 for resident2's unit -> 403 forbidden", async (ctx) => {
        assert(unit2, 'resident2 has no unit');
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'Not my flat', unitId: unit2 });
        rejected(await push(ctx, 'resident1', c), 403, 'forbidden');
    });
    await check('ticket.confirm on a submitted ticket -> 409 illegal_transition with the current ticket', async (ctx) => {
        const c = cmd('ticket.confirm', { ticketId: T1, overall: 5, speed: 5, service: 5 });
        const res = await push(ctx, 'resident1', c);
        rejected(res, 409, 'illegal_transition', 'submitted');
        const again = await push(ctx, 'resident1', c);
        assert(again.status === 409 && isDeepStrictEqual(again.json, res.json), 'the replayed rejection differs');
    });
    await check('ticket.accept as a resident -> 403 forbidden', async (ctx) => {
        rejected(await push(ctx, 'resident1', cmd('ticket.accept', { ticketId: T1 })), 403, 'forbidden');
    });
    await check('ticket.accept on an unknown ticket -> 404 not_found', async (ctx) => {
        rejected(await push(ctx, 'agent', cmd('ticket.accept', { ticketId: uuid() })), 404, 'not_found');
    });
    await check('a ticket command whose ticketId is no lowercase UUID -> 400 validation_failed, as the document says', async (ctx) => {
        for (const bad of ['tkt-1', T1.toUpperCase()])
            rejected(await push(ctx, 'agent', cmd('ticket.accept', { ticketId: bad }), false), 400, 'validation_failed');
    });
    await check("ticket.submit with contactPhone '138-0000 0001' -> applied, kept as written; '138x0000' -> 400", async (ctx) => {
        const t = applied(await push(ctx, 'resident1', cmd('ticket.submit', {
            ticketId: uuid(), kind: 'inquiry', category: 'other', description: 'Please call me back', unitId: unit1, contactPhone: '138-0000 0001',
        })), 'submitted');
        assert(t.contactPhone === '138-0000 0001', `contactPhone ${JSON.stringify(t.contactPhone)}`);
        const bad = cmd('ticket.submit', { ticketId: uuid(), kind: 'inquiry', category: 'other', description: 'x', unitId: unit1, contactPhone: '138x0000' });
        rejected(await push(ctx, 'resident1', bad, false), 400, 'validation_failed');
    });
    await check('ticket.submit with a control character in the description -> 400 validation_failed, as its pattern says', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'inquiry', category: 'other', description: 'ring \u0007 the bell', unitId: unit1 });
        rejected(await push(ctx, 'resident1', c, false), 400, 'validation_failed');
    });
    await check("ticket.cancel of resident1's ticket by resident2 -> 404 not_found (not visible)", async (ctx) => {
        const res = await push(ctx, 'resident2', cmd('ticket.cancel', { ticketId: T1, reason: 'not mine' }));
        rejected(res, 404, 'not_found');
        assert(!('data' in res.json), 'the rejection shows a ticket the caller may not see');
    });
    await check('GET /attachments of a photo on the ticket as agent -> 200; as resident2 -> 404', async (ctx) => {
        expectStatus(await call(ctx, 'GET', `/v1/attachments/${pngSha}`, { token: tok('agent') }), 200, 'agent: ');
        expectError(await call(ctx, 'GET', `/v1/attachments/${pngSha}`, { token: tok('resident2') }), 404, 'not_found');
    });

    // the happy path: accept, priority, assign, check in, note, resolve, confirm
    await check('ticket.accept as agent -> accepted', async (ctx) => {
        const t = applied(await push(ctx, 'agent', cmd('ticket.accept', { ticketId: T1 })), 'accepted');
        assert(t.acceptedAt, 'acceptedAt not set');
    });
    await check('ticket.setPriority high as agent -> priority high', async (ctx) => {
        const t = applied(await push(ctx, 'agent', cmd('ticket.setPriority', { ticketId: T1, priority: 'high' })), 'accepted');
        assert(t.priority === 'high', `priority ${t.priority}`);
    });
    await check('ticket.assign to technician 1 as agent -> assigned', async (ctx) => {
        const t = applied(await push(ctx, 'agent', cmd('ticket.assign', { ticketId: T1, technicianId: me('tech1').id })), 'assigned');
        assert(t.assigneeId === me('tech1').id && t.assigneeName === me('tech1').name, `assignee ${t.assigneeId} ${t.assigneeName}`);
    });
    await check('ticket.checkIn by technician 2 (not theirs) -> 404 not_found', async (ctx) => {
        rejected(await push(ctx, 'tech2', cmd('ticket.checkIn', { ticketId: T1 })), 404, 'not_found');
    });
    await check('ticket.resolve by the assigned technician before checking in -> 409 illegal_transition', async (ctx) => {
        rejected(await push(ctx, 'tech1', cmd('ticket.resolve', { ticketId: T1, summary: 'done' })), 409, 'illegal_transition', 'assigned');
    });
    await check('ticket.checkIn dated an hour before the assignment -> 409 time_out_of_order with the current ticket', async (ctx) => {
        rejected(await push(ctx, 'tech1', cmd('ticket.checkIn', { ticketId: T1, at: iso(Date.now() - 3600000) })), 409, 'time_out_of_order', 'assigned');
    });
    await check('ticket.checkIn by technician 1 with a GPS fix -> on_site', async (ctx) => {
        const t = applied(await push(ctx, 'tech1', cmd('ticket.checkIn', { ticketId: T1, at: iso(Date.now() - 1000), latitude: 31.2304, longitude: 121.4737, accuracyM: 8.5 })), 'on_site');
        assert(t.onSiteAt, 'onSiteAt not set');
        assert(isDeepStrictEqual(t.checkIn, { at: t.onSiteAt, latitude: 31.2304, longitude: 121.4737, accuracyM: 8.5 }), `checkIn ${JSON.stringify(t.checkIn)}`);
    });
    await check('ticket.note internal by technician 1 -> applied', async (ctx) => {
        applied(await push(ctx, 'tech1', cmd('ticket.note', { ticketId: T1, text: 'Old trap corroded; replaced (internal)', internal: true })), 'on_site');
    });
    await check('ticket.note internal by the resident -> refused', async (ctx) => {
        const res = await push(ctx, 'resident1', cmd('ticket.note', { ticketId: T1, text: 'secret?', internal: true }));
        expectStatus(res, [400, 403]);
        ctx.notes.push(`${res.status} ${res.json?.error}`);
    });
    await check('ticket.note by the resident -> applied; the answer has no checkIn', async (ctx) => {
        const t = applied(await push(ctx, 'resident1', cmd('ticket.note', { ticketId: T1, text: 'The door code is 1234' })), 'on_site');
        assert(!('checkIn' in t) && !('pooled' in t), `resident answer has ${Object.keys(t).filter((k) => k === 'checkIn' || k === 'pooled')}`);
    });
    const notePng = makePng();
    await check('ticket.note internal with a photo by technician 1 -> agent may GET it, resident1 may not', async (ctx) => {
        expectStatus(await call(ctx, 'PUT', `/v1/attachments/${sha256(notePng)}`, { token: tok('tech1'), body: notePng, headers: { 'content-type': 'image/png' } }), 201, 'upload: ');
        applied(await push(ctx, 'tech1', cmd('ticket.note', { ticketId: T1, text: 'Behind the cabinet (internal)', internal: true, photos: [sha256(notePng)] })), 'on_site');
        expectStatus(await call(ctx, 'GET', `/v1/attachments/${sha256(notePng)}`, { token: tok('agent') }), 200, 'agent: ');
        expectError(await call(ctx, 'GET', `/v1/attachments/${sha256(notePng)}`, { token: tok('resident1') }), 404, 'not_found');
    });
    await check('ticket.note with a photo its author did not upload -> 400 validation_failed', async (ctx) => {
        rejected(await push(ctx, 'tech1', cmd('ticket.note', { ticketId: T1, text: 'borrowed', photos: [pngSha] })), 400, 'validation_failed');
    });
    await check('ticket.resolve with 21 parts, a part of quantity 0, or minutes below 0 -> 400 validation_failed', async (ctx) => {
        const many = Array.from({ length: 21 }, (_, i) => ({ name: `part ${i}`, quantity: 1 }));
        rejected(await push(ctx, 'tech1', cmd('ticket.resolve', { ticketId: T1, summary: 'x', parts: many }), false), 400, 'validation_failed');
        rejected(await push(ctx, 'tech1', cmd('ticket.resolve', { ticketId: T1, summary: 'x', parts: [{ name: 'valve', quantity: 0 }] }), false), 400, 'validation_failed');
        rejected(await push(ctx, 'tech1', cmd('ticket.resolve', { ticketId: T1, summary: 'x', minutesWorked: -5 }), false), 400, 'validation_failed');
    });
    const signaturePng = makePng();
    const afterPng = makePng();
    await check('ticket.resolve by technician 1 with parts, minutes, signature and a photo -> resolved with the report', async (ctx) => {
        for (const img of [signaturePng, afterPng])
            expectStatus(await call(ctx, 'PUT', `/v1/attachments/${sha256(img)}`, { token: tok('tech1'), body: img, headers: { 'content-type': 'image/png' } }), 201, 'upload: ');
        const parts = [{ name: 'P-trap 40 mm', quantity: 1 }, { name: 'Seal', quantity: 2 }];
        const t = applied(await push(ctx, 'tech1', cmd('ticket.resolve', {
            ticketId: T1, summary: 'Replaced the trap and the seal', at: iso(Date.now() - 500),
            parts, minutesWorked: 35, signature: sha256(signaturePng), photos: [sha256(afterPng)],
        })), 'resolved');
        assert(t.resolvedAt, 'resolvedAt not set');
        assert(isDeepStrictEqual(t.parts, parts) && t.minutesWorked === 35 && t.signature === sha256(signaturePng),
               `report ${JSON.stringify({ parts: t.parts, minutesWorked: t.minutesWorked, signature: t.signature })}`);
    });
    await check('the signature and the resolve photo: resident1 and the agent may GET them, resident2 may not', async (ctx) => {
        for (const img of [signaturePng, afterPng]) {
            for (const k of ['resident1', 'agent']) expectStatus(await call(ctx, 'GET', `/v1/attachments/${sha256(img)}`, { token: tok(k) }), 200, `${k}: `);
            expectError(await call(ctx, 'GET', `/v1/attachments/${sha256(img)}`, { token: tok('resident2') }), 404, 'not_found');
        }
    });
    let confirmed = null;
    await check('ticket.confirm by resident1 with a rating -> closed', async (ctx) => {
        const t = applied(await push(ctx, 'resident1', cmd('ticket.confirm', { ticketId: T1, overall: 5, speed: 4, service: 5, comment: 'Quick and tidy' })), 'closed');
        assert(t.rating && t.rating.overall === 5 && t.rating.speed === 4 && t.rating.service === 5, `rating ${JSON.stringify(t.rating)}`);
        assert(t.closedAt, 'closedAt not set');
        confirmed = t;
    });
    await check('ticket.cancel of a closed ticket -> 409 illegal_transition', async (ctx) => {
        rejected(await push(ctx, 'agent', cmd('ticket.cancel', { ticketId: T1 })), 409, 'illegal_transition', 'closed');
    });
    await check('sync as resident1 after the chain: the closed ticket and its timeline, no internal notes', async (ctx) => {
        const r = await pullAll(ctx, tok('resident1'), cursors.resident1);
        const t = ofEntity(r.changes, 'ticket').find((x) => x.id === T1);
        assert(t, 'ticket missing');
        assert(confirmed && isDeepStrictEqual(t, confirmed), 'synced ticket differs from the confirm answer');
        const events = ofEntity(r.changes, 'ticketEvent').filter((e) => e.ticketId === T1);
        assert(events.length >= 6, `${events.length} timeline entries`);
        assert(!events.some((e) => e.internal), 'an internal note reached the resident');
        const resolvedEntry = events.find((e) => e.toStatus === 'resolved');
        assert(isDeepStrictEqual(resolvedEntry?.photos, [sha256(afterPng)]), `resolve entry photos ${JSON.stringify(resolvedEntry?.photos)}`);
        assert(!('checkIn' in t), 'the resident got the check-in position');
        const statuses = events.filter((e) => e.type === 'status').map((e) => e.toStatus);
        for (const s of ['submitted', 'accepted', 'assigned', 'on_site', 'resolved', 'closed'])
            assert(statuses.includes(s), `no timeline entry to ${s}`);
        cursors.resident1 = r.cursor;
    });
    await check('sync as agent after the chain: sees the internal note', async (ctx) => {
        const r = await pullAll(ctx, tok('agent'), cursors.agent);
        const events = ofEntity(r.changes, 'ticketEvent').filter((e) => e.ticketId === T1);
        assert(events.some((e) => e.internal && e.type === 'note'), 'no internal note');
        assert(events.some((e) => e.note === null && isDeepStrictEqual(e.detail, { kind: 'priority', from: 'normal', to: 'high' })),
               `no priority step with its detail: ${JSON.stringify(events.map((e) => e.detail))}`);
        cursors.agent = r.cursor;
    });
    await check("sync as technician 2: does not get technician 1's ticket", async (ctx) => {
        const r = await pullAll(ctx, tok('tech2'), 0);
        assert(!ofEntity(r.changes, 'ticket').some((t) => t.id === T1), 'ticket visible to technician 2');
        assert(!ofEntity(r.changes, 'ticketEvent').some((e) => e.ticketId === T1), 'timeline visible to technician 2');
    });

    // on behalf, pool, take, hold/resume, call-back
    const T2 = uuid();
    await check('ticket.submit by agent on behalf of resident1 -> onBehalf, createdBy the resident', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: T2, kind: 'repair', category: 'electrical', description: 'Phoned in: no power in the bedroom sockets', unitId: unit1, onBehalfOf: me('resident1').id });
        const t = applied(await push(ctx, 'agent', c), 'submitted');
        assert(t.onBehalf === true && t.createdBy === me('resident1').id, `onBehalf ${t.onBehalf}, createdBy ${t.createdBy}`);
    });
    await check("ticket.submit by agent for resident1's unit without onBehalfOf -> the unit's resident, onBehalf", async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'inquiry', category: 'other', description: 'Phoned in: when is the water back?', unitId: unit1 });
        const t = applied(await push(ctx, 'agent', c), 'submitted');
        assert(t.onBehalf === true && t.createdBy === me('resident1').id, `onBehalf ${t.onBehalf}, createdBy ${t.createdBy}`);
    });
    await check('ticket.submit by agent for a unit nobody lives in -> 400 validation_failed', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x', unitId: 'unit-1-1-0101' });
        rejected(await push(ctx, 'agent', c), 400, 'validation_failed');
    });
    await check('ticket.submit on behalf without unitId -> 400 validation_failed', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x', location: { label: 'Gate' }, onBehalfOf: me('resident1').id });
        rejected(await push(ctx, 'agent', c), 400, 'validation_failed');
    });
    await check('ticket.openToPool as agent -> pooled', async (ctx) => {
        const t = applied(await push(ctx, 'agent', cmd('ticket.openToPool', { ticketId: T2 })));
        assert(t.pooled === true && t.assigneeId === null, `pooled ${t.pooled}, assignee ${t.assigneeId}`);
    });
    await check('ticket.take by technician 2 -> assigned to them', async (ctx) => {
        const t = applied(await push(ctx, 'tech2', cmd('ticket.take', { ticketId: T2 })), 'assigned');
        assert(t.assigneeId === me('tech2').id && t.pooled === false, `assignee ${t.assigneeId}, pooled ${t.pooled}`);
    });
    await check('ticket.take by technician 1 after it was taken -> refused', async (ctx) => {
        const res = await push(ctx, 'tech1', cmd('ticket.take', { ticketId: T2 }));
        expectStatus(res, [403, 404, 409]);
        ctx.notes.push(`${res.status} ${res.json?.error}`);
    });
    await check('ticket.checkIn, hold, resume by technician 2 -> on_site, on_hold, on_site', async (ctx) => {
        applied(await push(ctx, 'tech2', cmd('ticket.checkIn', { ticketId: T2 })), 'on_site');
        const held = applied(await push(ctx, 'tech2', cmd('ticket.hold', { ticketId: T2, reason: 'Waiting for a breaker' })), 'on_hold');
        assert(held.holdReason === 'Waiting for a breaker' && held.heldFrom === 'on_site', `holdReason ${held.holdReason}, heldFrom ${held.heldFrom}`);
        const resumed = applied(await push(ctx, 'tech2', cmd('ticket.resume', { ticketId: T2 })), 'on_site');
        assert(resumed.holdReason === null && resumed.heldFrom === null, `holdReason ${resumed.holdReason}, heldFrom ${resumed.heldFrom}`);
        applied(await push(ctx, 'tech2', cmd('ticket.resolve', { ticketId: T2, summary: 'Breaker replaced' })), 'resolved');
    });
    await check('sync after a take: technician 1 gets a tombstone for the pooled ticket; the agent sees who logged it', async (ctx) => {
        const r = await pullAll(ctx, tok('tech1'), cursors.tech1);
        const last = r.changes.filter((c) => c.entity === 'ticket' && c.id === T2).at(-1);
        assert(last && last.op === 'delete' && !('data' in last), `last change of the taken ticket for technician 1: ${JSON.stringify(last)}`);
        cursors.tech1 = r.cursor;
        const a = await pullAll(ctx, tok('agent'), cursors.agent);
        const first = ofEntity(a.changes, 'ticketEvent').filter((e) => e.ticketId === T2 && e.toStatus === 'submitted');
        assert(first.length === 1 && first[0].actorId === me('agent').id && first[0].actorRole === 'agent',
               `submitted entry ${JSON.stringify(first)}`);
        cursors.agent = a.cursor;
    });
    await check('ticket.confirm by the resident on an on-behalf ticket -> 403 forbidden', async (ctx) => {
        rejected(await push(ctx, 'resident1', cmd('ticket.confirm', { ticketId: T2, overall: 4, speed: 4, service: 4 })), 403, 'forbidden');
    });
    await check('ticket.callBack as agent -> closed', async (ctx) => {
        applied(await push(ctx, 'agent', cmd('ticket.callBack', { ticketId: T2, note: 'Called back; all sockets work' })), 'closed');
    });

    // common area, cancel; reject and reopen
    await check('ticket.submit for a common area (location only), then cancel -> cancelled', async (ctx) => {
        const T3 = uuid();
        const t = applied(await push(ctx, 'resident1', cmd('ticket.submit', {
            ticketId: T3, kind: 'repair', category: 'public_area', description: 'Lobby light flickers',
            location: { label: 'Building 1 lobby', latitude: 31.2305, longitude: 121.4738, accuracyM: 12 },
        })), 'submitted');
        assert(t.unitId === null && t.location?.label === 'Building 1 lobby', `unitId ${t.unitId}, location ${JSON.stringify(t.location)}`);
        applied(await push(ctx, 'resident1', cmd('ticket.cancel', { ticketId: T3, reason: 'It stopped' })), 'cancelled');
    });
    await check('ticket.submit with a location fix without accuracy -> location has no accuracyM', async (ctx) => {
        const t = applied(await push(ctx, 'resident1', cmd('ticket.submit', {
            ticketId: uuid(), kind: 'inquiry', category: 'other', description: 'Is the east gate open at night?',
            location: { label: 'East gate', latitude: 31.2306, longitude: 121.4739 },
        })), 'submitted');
        assert(isDeepStrictEqual(t.location, { label: 'East gate', latitude: 31.2306, longitude: 121.4739 }), `location ${JSON.stringify(t.location)}`);
    });
    await check('ticket.submit with a photo the submitter did not upload -> 400 validation_failed', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x', unitId: unit2, photos: [pngSha] });
        rejected(await push(ctx, 'resident2', c), 400, 'validation_failed');
    });
    await check('ticket.submit with an existing ticketId under a new command id -> 409 already_exists', async (ctx) => {
        const c = cmd('ticket.submit', { ...submit1.payload, photos: [] });
        rejected(await push(ctx, 'resident1', c), 409, 'already_exists');
    });
    await check('ticket.submit by a technician -> 403 forbidden', async (ctx) => {
        const c = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'lift', description: 'Lift 2 squeaks', location: { label: 'Building 2 lift' } });
        rejected(await push(ctx, 'tech1', c), 403, 'forbidden');
    });
    await check('a command body sent as text/plain -> 415 unsupported_media_type', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/commands', { token: tok('resident1'), json: JSON.stringify(cmd('ticket.accept', { ticketId: T1 })), headers: { 'content-type': 'text/plain' } });
        expectError(res, 415, 'unsupported_media_type');
    });
    await check('resident2 ticket: manager assigns, resident cannot cancel on site (409), rejects the fix -> reopened', async (ctx) => {
        const T4 = uuid();
        applied(await push(ctx, 'resident2', cmd('ticket.submit', { ticketId: T4, kind: 'repair', category: 'hvac', description: 'AC drips', unitId: unit2 })), 'submitted');
        applied(await push(ctx, 'manager', cmd('ticket.accept', { ticketId: T4 })), 'accepted');
        applied(await push(ctx, 'manager', cmd('ticket.assign', { ticketId: T4, technicianId: me('tech1').id })), 'assigned');
        applied(await push(ctx, 'tech1', cmd('ticket.checkIn', { ticketId: T4 })), 'on_site');
        rejected(await push(ctx, 'resident2', cmd('ticket.cancel', { ticketId: T4 })), 409, 'illegal_transition', 'on_site');
        applied(await push(ctx, 'tech1', cmd('ticket.resolve', { ticketId: T4, summary: 'Cleared the drain' })), 'resolved');
        applied(await push(ctx, 'resident2', cmd('ticket.reject', { ticketId: T4, reason: 'Still drips' })), 'reopened');
        rejected(await push(ctx, 'manager', cmd('ticket.assign', { ticketId: T4, roundRobin: true, technicianId: me('tech1').id }), false), 400, 'validation_failed');
        const t = applied(await push(ctx, 'manager', cmd('ticket.assign', { ticketId: T4, roundRobin: true })), 'assigned');
        assert([me('tech1').id, me('tech2').id].includes(t.assigneeId), `round-robin picked ${t.assigneeId}`);
    });
    await check('ticket.submit by a complaint kind as resident2, note by agent, converted to a repair by the agent (once)', async (ctx) => {
        const T5 = uuid();
        applied(await push(ctx, 'resident2', cmd('ticket.submit', { ticketId: T5, kind: 'complaint', category: 'other', description: 'Noise from renovation after 22:00', unitId: unit2 })), 'submitted');
        applied(await push(ctx, 'agent', cmd('ticket.note', { ticketId: T5, text: 'Spoke to the neighbour' })), 'submitted');
        rejected(await push(ctx, 'resident2', cmd('ticket.convert', { ticketId: T5, category: 'plumbing' })), 403, 'forbidden');
        const t = applied(await push(ctx, 'agent', cmd('ticket.convert', { ticketId: T5, category: 'plumbing' })), 'submitted');
        assert(t.kind === 'repair' && t.category === 'plumbing' && t.convertedFrom === 'complaint', `kind ${t.kind}, category ${t.category}, convertedFrom ${t.convertedFrom}`);
        rejected(await push(ctx, 'agent', cmd('ticket.convert', { ticketId: T5, category: 'other' })), 409, 'illegal_transition', 'submitted');
        const r = await pullAll(ctx, tok('resident2'), 0);
        const events = ofEntity(r.changes, 'ticketEvent').filter((e) => e.ticketId === T5);
        assert(events.some((e) => e.type === 'note' && e.note === 'Spoke to the neighbour'), 'the note did not survive the conversion');
        assert(events.some((e) => e.type === 'converted' && e.note === null && e.detail?.kind === 'convert'
                                  && e.detail.from === 'complaint' && e.detail.to === 'repair'),
               `no converted entry: ${JSON.stringify(events.map((e) => [e.type, e.detail]))}`);
    });

    // ---------------------------------------------------------------- estate administration
    // docs/ESTATE-ADMIN.md: the records it syncs, its commands, joining with a code, the audit log.
    const adminApplied = (res, entity) => {
        expectStatus(res, 200);
        assert(res.json.status === 'applied', `got ${excerpt(res.text)}`);
        if (entity) assert(res.json.entity === entity && res.json.data, `expected the ${entity} with the answer, got ${excerpt(res.text)}`);
        else assert(!('entity' in res.json) && !('data' in res.json), `expected no record, got ${excerpt(res.text)}`);
        return res.json.data;
    };
    const STRONG = 'Qx7!mLp2#vR9 courtyard';
    const tag = crypto.randomBytes(3).toString('hex');
    await check('sync as agent: parking spaces, residencies (owner, tenant, family), open join codes, 4 SLA targets; estate, unit and staff fields', async () => {
        const ch = pulled.agent;
        assert(ch, 'no agent pull');
        const estate = ofEntity(ch, 'estate').find((e) => e.id === ESTATE);
        assert(estate?.timeZone === 'Asia/Shanghai' && typeof estate.ownerInvites === 'boolean', `estate ${JSON.stringify(estate)}`);
        const parking = ofEntity(ch, 'parkingSpace');
        assert(parking.length === 20 && parking.some((p) => p.unitId) && parking.some((p) => p.unitId === null), `${parking.length} parking spaces`);
        const relations = new Set(ofEntity(ch, 'residency').map((r) => r.relation));
        for (const rel of ['owner', 'tenant', 'family']) assert(relations.has(rel), `no ${rel} residency (have ${[...relations]})`);
        assert(ofEntity(ch, 'residency').some((r) => r.userId === me('resident1').id && r.unitId === unit1), "no residency of resident1's unit");
        assert(ofEntity(ch, 'joinCode').filter((j) => j.state === 'open').length >= 2, 'fewer than 2 open join codes');
        const sla = ofEntity(ch, 'slaPolicy').filter((p) => p.estateId === ESTATE);
        assert(isDeepStrictEqual(sla.map((p) => p.priority).sort(), ['high', 'low', 'normal', 'urgent']),
               `SLA targets ${JSON.stringify(sla)} (every estate has one per priority, and staff get them)`);
        const units = ofEntity(ch, 'unit');
        assert(units.some((u) => u.purpose === 'shop') && units.some((u) => u.status === 'notHandedOver') && units.some((u) => u.status === 'vacant'),
               'no shop, vacant or not-handed-over unit');
        const staff = ofEntity(ch, 'staff');
        assert(staff.some((x) => x.active === false), 'no deactivated staff account');
        assert(staff.every((x) => !('phone' in x) && x.phoneMasked.includes('*')), 'an agent got a whole staff phone number');
    });
    await check('sync as manager: staff phone numbers masked too', async (ctx) => {
        const r = await pullAll(ctx, tok('manager'), 0);
        const tech = ofEntity(r.changes, 'staff').find((x) => x.id === me('tech1').id);
        assert(tech && tech.phoneMasked === `${USERS.tech1.phone.slice(0, 3)}****${USERS.tech1.phone.slice(-4)}` && !('phone' in tech),
               `technician 1 as the manager sees it: ${JSON.stringify(tech)}`);
        assert(!JSON.stringify(r.changes).includes(USERS.tech1.phone), "a whole staff phone number in the manager's sync");
    });
    await check('sync as technician: parking spaces and SLA targets, no residencies or join codes', async () => {
        const ch = pulled.tech1;
        assert(ch, 'no technician pull');
        assert(ofEntity(ch, 'parkingSpace').length === 20, `${ofEntity(ch, 'parkingSpace').length} parking spaces`);
        assert(ofEntity(ch, 'slaPolicy').length === 4, `${ofEntity(ch, 'slaPolicy').length} SLA targets`);
        assert(ofEntity(ch, 'residency').length === 0 && ofEntity(ch, 'joinCode').length === 0, 'residencies or join codes reached a technician');
    });
    await check("sync as resident1: their unit's household and parking, the code they issued; no SLA targets", async () => {
        const ch = pulled.resident1;
        assert(ch, 'no resident pull');
        const units = new Set(me('resident1').units.map((u) => u.id));
        const residents = ofEntity(ch, 'residency');
        assert(residents.length >= 2 && residents.every((r) => units.has(r.unitId)), `residencies ${JSON.stringify(residents.map((r) => r.unitId))}`);
        assert(residents.some((r) => r.relation === 'tenant'), 'the tenant of the unit is missing');
        assert(ofEntity(ch, 'parkingSpace').every((p) => units.has(p.unitId)) && ofEntity(ch, 'parkingSpace').length >= 1, 'parking of other units, or none');
        assert(ofEntity(ch, 'joinCode').every((j) => j.issuedBy === me('resident1').id) && ofEntity(ch, 'joinCode').length >= 1, 'join codes of others, or none');
        assert(ofEntity(ch, 'slaPolicy').length === 0, 'a resident got SLA targets');
        assert(me('resident1').units.every((u) => u.relation === 'owner'), `resident1's /me units: ${JSON.stringify(me('resident1').units)}`);
    });

    // joining with a code
    const vacantUnit = 'unit-1-1-1204';
    let ownerCode = null;
    await check('joinCode.issue by agent (owner of a vacant flat) -> applied, an open code of 8 symbols, 7 days', async (ctx) => {
        const j = adminApplied(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-1`, unitId: vacantUnit, relation: 'owner' })), 'joinCode');
        assert(j.state === 'open' && j.unitId === vacantUnit && j.relation === 'owner' && j.issuedBy === me('agent').id, `code ${JSON.stringify(j)}`);
        const days = (Date.parse(j.expiresAt) - Date.parse(j.issuedAt)) / 86400000;
        assert(Math.abs(days - 7) < 0.001, `valid ${days} days`);
        ownerCode = j;
    });
    await check('joinCode.issue: a technician -> 403; validDays 31 -> 400; an unknown unit -> 404; the same id again -> 409 id_taken', async (ctx) => {
        rejected(await push(ctx, 'tech1', cmd('joinCode.issue', { id: `jc-c-${tag}-x`, unitId: vacantUnit, relation: 'owner' })), 403, 'forbidden');
        rejected(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-x`, unitId: vacantUnit, relation: 'owner', validDays: 31 }), false), 400, 'validation_failed');
        rejected(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-x`, unitId: 'unit-9-9-9999', relation: 'owner' })), 404, 'not_found');
        rejected(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-1`, unitId: vacantUnit, relation: 'tenant' })), 409, 'id_taken');
    });
    await check('POST /join/check typed in lower case with a hyphen, and as the QR text -> 200 the home', async (ctx) => {
        assert(ownerCode, 'no code');
        const typed = `${ownerCode.code.slice(0, 4).toLowerCase()}-${ownerCode.code.slice(4).toLowerCase()}`;
        for (const code of [typed, `courtyard:join:${ownerCode.code}`]) {
            const res = await call(ctx, 'POST', '/v1/join/check', { json: { code }, requestValid: true });
            expectStatus(res, 200, `${code}: `);
            assert(res.json.relation === 'owner' && res.json.expiresAt === ownerCode.expiresAt && res.json.estateName && res.json.unitLabel.includes('1-1204'),
                   `got ${excerpt(res.text)}`);
        }
    });
    await check('POST /join/check with a wrong code -> 404 code_unknown; with another field -> 400 unknown_field', async (ctx) => {
        expectError(await call(ctx, 'POST', '/v1/join/check', { json: { code: 'ZZZZ-ZZZZ' }, requestValid: true }), 404, 'code_unknown');
        expectError(await call(ctx, 'POST', '/v1/join/check', { json: { code: 'ZZZZ-ZZZZ', unitId: vacantUnit }, requestValid: false }), 400, 'unknown_field');
    });
    const newPhone = `137${String(crypto.randomInt(10000000)).padStart(8, '0')}`;
    let joined = null;
    await check('POST /join with a weak password -> 422 weak_password, the code stays open', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/join', { json: { code: ownerCode?.code, name: '测试业主', phone: newPhone, password: 'password' }, requestValid: true });
        expectError(res, 422, 'weak_password');
    });
    await check('POST /join as a new person -> 200 the residency, no tokens; the login that follows shows the home', async (ctx) => {
        const res = await call(ctx, 'POST', '/v1/join', { json: { code: ownerCode?.code, name: '测试业主', phone: newPhone, password: STRONG }, requestValid: true });
        expectStatus(res, 200);
        joined = res.json;
        assert(joined.unitId === vacantUnit && joined.relation === 'owner' && joined.estateId === ESTATE, `got ${excerpt(res.text)}`);
        assert(!('accessToken' in joined) && !('refreshToken' in joined), 'the join answer carries tokens');
        const login = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: newPhone, password: STRONG }, requestValid: true });
        expectStatus(login, 200, 'login: ');
        S.joiner = { tokens: login.json, me: login.json.user, token: login.json.accessToken };
        assert(login.json.user.id === joined.userId && login.json.user.units.some((u) => u.id === vacantUnit && u.relation === 'owner'),
               `the new account's units: ${JSON.stringify(login.json.user.units)}`);
    });
    await check('the spent code: /join/check and /join -> 410 code_used; joinCode.revoke -> 409 code_used with the code', async (ctx) => {
        expectError(await call(ctx, 'POST', '/v1/join/check', { json: { code: ownerCode?.code }, requestValid: true }), 410, 'code_used');
        expectError(await call(ctx, 'POST', '/v1/join', { json: { code: ownerCode?.code, name: 'x', phone: '13700000001', password: STRONG }, requestValid: true }), 410, 'code_used');
        const res = await push(ctx, 'agent', cmd('joinCode.revoke', { id: ownerCode?.id }));
        rejected(res, 409, 'code_used');
        assert(res.json.entity === 'joinCode' && res.json.data.state === 'used' && res.json.data.usedByName === '测试业主', `got ${excerpt(res.text)}`);
    });
    await check('joinCode.revoke by agent -> revoked; /join/check of it -> 410 code_revoked', async (ctx) => {
        const j = adminApplied(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-2`, unitId: vacantUnit, relation: 'family' })), 'joinCode');
        const r = adminApplied(await push(ctx, 'agent', cmd('joinCode.revoke', { id: j.id })), 'joinCode');
        assert(r.state === 'revoked', `state ${r.state}`);
        expectError(await call(ctx, 'POST', '/v1/join/check', { json: { code: j.code }, requestValid: true }), 410, 'code_revoked');
    });
    let secondHome = null;
    await check('POST /me/homes by the new resident -> 200 a second home; again -> 410; a code of their own home -> 409 already_member', async (ctx) => {
        const j = adminApplied(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-3`, unitId: 'unit-1-1-1203', relation: 'tenant', validDays: 1 })), 'joinCode');
        const res = await call(ctx, 'POST', '/v1/me/homes', { token: tok('joiner'), json: { code: j.code.toLowerCase() }, requestValid: true });
        expectStatus(res, 200);
        secondHome = res.json;
        assert(secondHome.unitId === 'unit-1-1-1203' && secondHome.relation === 'tenant' && secondHome.userId === me('joiner').id, `got ${excerpt(res.text)}`);
        expectError(await call(ctx, 'POST', '/v1/me/homes', { token: tok('joiner'), json: { code: j.code }, requestValid: true }), 410, 'code_used');
        const own = adminApplied(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-4`, unitId: vacantUnit, relation: 'family' })), 'joinCode');
        expectError(await call(ctx, 'POST', '/v1/me/homes', { token: tok('joiner'), json: { code: own.code }, requestValid: true }), 409, 'already_member');
        const meNow = await call(ctx, 'GET', '/v1/me', { token: tok('joiner') });
        assert(meNow.json.units.length === 2, `units ${JSON.stringify(meNow.json.units)}`);
    });
    await check('POST /me/homes as staff -> 403 forbidden; without a token -> 401', async (ctx) => {
        expectError(await call(ctx, 'POST', '/v1/me/homes', { token: tok('agent'), json: { code: 'ABCD-EFGH' }, requestValid: true }), 403, 'forbidden');
        expectError(await call(ctx, 'POST', '/v1/me/homes', { json: { code: 'ABCD-EFGH' }, requestValid: true }), 401, 'unauthorized');
    });
    await check('resident.remove: the new resident leaves the second home -> applied (no record); their phone forgets the unit', async (ctx) => {
        assert(secondHome, 'no second home');
        const before = await pullAll(ctx, tok('joiner'), 0);
        assert(ofEntity(before.changes, 'unit').some((u) => u.id === 'unit-1-1-1203'), 'the second home was not synced');
        adminApplied(await push(ctx, 'joiner', cmd('resident.remove', { residencyId: secondHome.residencyId })));
        const after = await pullAll(ctx, tok('joiner'), before.cursor);
        assert(after.changes.some((c) => c.entity === 'unit' && c.id === 'unit-1-1-1203' && c.op === 'delete'), 'no tombstone of the unit');
        assert(after.changes.some((c) => c.entity === 'residency' && c.id === secondHome.residencyId && c.op === 'delete'), 'no tombstone of the residency');
        const meNow = await call(ctx, 'GET', '/v1/me', { token: tok('joiner') });
        assert(meNow.json.units.length === 1 && meNow.json.units[0].id === vacantUnit, `units ${JSON.stringify(meNow.json.units)}`);
        rejected(await push(ctx, 'joiner', cmd('resident.remove', { residencyId: secondHome.residencyId })), 404, 'not_found');
    });
    await check('POST /join with an existing account: a wrong password or a staff phone -> 409 account_exists (the code stays open); the right one -> joined; a member -> 409 already_member', async (ctx) => {
        const j = adminApplied(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-8`, unitId: 'unit-1-1-1202', relation: 'family' })), 'joinCode');
        const join = (phone, password) => call(ctx, 'POST', '/v1/join', { json: { code: j.code, name: '再来一次', phone, password }, requestValid: true });
        expectError(await join(newPhone, 'not-the-password'), 409, 'account_exists');
        expectError(await join(USERS.agent.phone, PASSWORD), 409, 'account_exists');
        expectStatus(await call(ctx, 'POST', '/v1/join/check', { json: { code: j.code }, requestValid: true }), 200, 'the code after the refusals: ');
        const res = await join(newPhone, STRONG);
        expectStatus(res, 200);
        assert(res.json.userId === me('joiner').id && res.json.unitId === 'unit-1-1-1202' && res.json.relation === 'family', `got ${excerpt(res.text)}`);
        const again = adminApplied(await push(ctx, 'agent', cmd('joinCode.issue', { id: `jc-c-${tag}-9`, unitId: 'unit-1-1-1202', relation: 'tenant' })), 'joinCode');
        const member = await call(ctx, 'POST', '/v1/join', { json: { code: again.code, name: '再来一次', phone: newPhone, password: STRONG }, requestValid: true });
        expectError(member, 409, 'already_member');
        const meNow = await call(ctx, 'GET', '/v1/me', { token: tok('joiner') });
        assert(meNow.json.units.find((u) => u.id === 'unit-1-1-1202')?.relation === 'family', `units ${JSON.stringify(meNow.json.units)}`);
    });
    await check('joinCode.issue by an owner: a tenant -> applied; an owner -> 403 forbidden; resident.remove of the owner by a neighbour -> 404', async (ctx) => {
        const j = adminApplied(await push(ctx, 'resident1', cmd('joinCode.issue', { id: `jc-c-${tag}-5`, unitId: unit1, relation: 'tenant' })), 'joinCode');
        assert(j.issuedBy === me('resident1').id, `issuedBy ${j.issuedBy}`);
        rejected(await push(ctx, 'resident1', cmd('joinCode.issue', { id: `jc-c-${tag}-6`, unitId: unit1, relation: 'owner' })), 403, 'forbidden');
        rejected(await push(ctx, 'resident1', cmd('joinCode.issue', { id: `jc-c-${tag}-7`, unitId: unit2, relation: 'tenant' })), 404, 'not_found');
        rejected(await push(ctx, 'resident2', cmd('resident.remove', { residencyId: joined?.residencyId })), 404, 'not_found');
        adminApplied(await push(ctx, 'resident1', cmd('joinCode.revoke', { id: j.id })), 'joinCode');
    });

    // estate settings, buildings, units, parking
    await check('estate.update by manager -> the estate; nothing to change or an unknown time zone -> 400; by agent -> 403', async (ctx) => {
        const e = adminApplied(await push(ctx, 'manager', cmd('estate.update', { estateId: ESTATE, timeZone: 'Asia/Shanghai', ownerInvites: true })), 'estate');
        assert(e.id === ESTATE && e.timeZone === 'Asia/Shanghai' && e.ownerInvites === true, `estate ${JSON.stringify(e)}`);
        rejected(await push(ctx, 'manager', cmd('estate.update', { estateId: ESTATE }), false), 400, 'validation_failed');
        rejected(await push(ctx, 'manager', cmd('estate.update', { estateId: ESTATE, timeZone: 'Mars/Olympus_Mons' })), 400, 'validation_failed');
        rejected(await push(ctx, 'agent', cmd('estate.update', { estateId: ESTATE, ownerInvites: true })), 403, 'forbidden');
        rejected(await push(ctx, 'manager', cmd('estate.update', { estateId: 'est-999', ownerInvites: true })), 404, 'not_found');
    });
    await check('sla.set by manager -> the slaPolicy, and the agent pulls it; response over resolve -> 400; by agent -> 403', async (ctx) => {
        // The demo's targets for low priority (4 h to answer, 3 days to fix), set again.
        const low = { id: `${ESTATE}_low`, estateId: ESTATE, priority: 'low', responseMinutes: 240, resolveMinutes: 4320 };
        const p = adminApplied(await push(ctx, 'manager', cmd('sla.set', { estateId: ESTATE, priority: 'low', responseMinutes: 240, resolveMinutes: 4320 })), 'slaPolicy');
        assert(isDeepStrictEqual(p, low), `got ${JSON.stringify(p)}`);
        const r = await pullAll(ctx, tok('agent'), cursors.agent);
        assert(isDeepStrictEqual(ofEntity(r.changes, 'slaPolicy').find((x) => x.id === low.id), low), 'the agent did not pull the new targets');
        rejected(await push(ctx, 'manager', cmd('sla.set', { estateId: ESTATE, priority: 'low', responseMinutes: 600, resolveMinutes: 60 })), 400, 'validation_failed');
        rejected(await push(ctx, 'agent', cmd('sla.set', { estateId: ESTATE, priority: 'low', responseMinutes: 60, resolveMinutes: 600 })), 403, 'forbidden');
    });
    const bld = `bld-c-${tag}`;
    const unitNew = `unit-c-${tag}`;
    await check('building.save, unit.save, parking.save and parking.remove by manager; names and numbers unique (409)', async (ctx) => {
        const b = adminApplied(await push(ctx, 'manager', cmd('building.save', { id: bld, estateId: ESTATE, name: `C${tag}号楼` })), 'building');
        assert(b.id === bld && b.estateId === ESTATE, `building ${JSON.stringify(b)}`);
        rejected(await push(ctx, 'manager', cmd('building.save', { id: `${bld}-2`, estateId: ESTATE, name: `C${tag}号楼` })), 409, 'name_taken');
        rejected(await push(ctx, 'agent', cmd('building.save', { id: `${bld}-2`, estateId: ESTATE, name: 'x' })), 403, 'forbidden');
        const unit = { id: unitNew, estateId: ESTATE, buildingId: bld, number: 'C-0101', floor: 1, areaCentiSqm: 12345, purpose: 'office', status: 'vacant' };
        const u = adminApplied(await push(ctx, 'manager', cmd('unit.save', unit)), 'unit');
        assert(isDeepStrictEqual(u, unit), `unit ${JSON.stringify(u)}`);
        rejected(await push(ctx, 'manager', cmd('unit.save', { ...unit, id: `${unitNew}-2` })), 409, 'number_taken');
        rejected(await push(ctx, 'manager', cmd('unit.save', { ...unit, areaCentiSqm: 0 }), false), 400, 'validation_failed');
        rejected(await push(ctx, 'manager', cmd('unit.save', { ...unit, buildingId: 'bld-none' })), 404, 'not_found');
        const p = adminApplied(await push(ctx, 'manager', cmd('parking.save', { id: `park-c-${tag}`, estateId: ESTATE, number: `C-${tag}`, unitId: unitNew })), 'parkingSpace');
        assert(p.unitId === unitNew && p.number === `C-${tag}`, `parking ${JSON.stringify(p)}`);
        rejected(await push(ctx, 'manager', cmd('parking.save', { id: `park-c-${tag}-2`, estateId: ESTATE, number: 'B1-001', unitId: null })), 409, 'number_taken');
        adminApplied(await push(ctx, 'manager', cmd('parking.remove', { id: `park-c-${tag}` })));
        rejected(await push(ctx, 'manager', cmd('parking.remove', { id: `park-c-${tag}` })), 404, 'not_found');
    });

    // staff accounts and duty
    const newStaff = `usr-c-${tag}`;
    await check('staff.save by manager -> a new technician (active, phone masked); an edit without phone keeps it; a new one without -> 400; a taken phone -> 409; by agent -> 403', async (ctx) => {
        const phone = `136${String(crypto.randomInt(10000000)).padStart(8, '0')}`;
        const st = adminApplied(await push(ctx, 'manager', cmd('staff.save', { id: newStaff, name: '测试技工', phone, role: 'technician', estateIds: [ESTATE] })), 'staff');
        assert(st.active === true && !('phone' in st) && st.phoneMasked.endsWith(phone.slice(-4)) && st.role === 'technician'
               && isDeepStrictEqual(st.estateIds, [ESTATE]), `staff ${JSON.stringify(st)}`);
        const renamed = adminApplied(await push(ctx, 'manager', cmd('staff.save', { id: newStaff, name: '测试技工二', role: 'technician', estateIds: [ESTATE] })), 'staff');
        assert(renamed.name === '测试技工二' && renamed.phoneMasked === st.phoneMasked, `edited ${JSON.stringify(renamed)}`);
        rejected(await push(ctx, 'manager', cmd('staff.save', { id: `${newStaff}-3`, name: 'x', role: 'agent', estateIds: [ESTATE] })), 400, 'validation_failed');
        rejected(await push(ctx, 'manager', cmd('staff.save', { id: `${newStaff}-2`, name: 'x', phone: USERS.agent.phone, role: 'agent', estateIds: [ESTATE] })), 409, 'phone_taken');
        rejected(await push(ctx, 'agent', cmd('staff.save', { id: `${newStaff}-2`, name: 'x', phone: '13600000000', role: 'agent', estateIds: [ESTATE] })), 403, 'forbidden');
        rejected(await push(ctx, 'manager', cmd('staff.save', { id: `${newStaff}-2`, name: 'x', phone: '13600000000', role: 'agent', estateIds: ['est-999'] })), 404, 'not_found');
    });
    await check('staff.save making the only manager an agent -> 409 last_manager; deactivating oneself -> 409 own_account', async (ctx) => {
        rejected(await push(ctx, 'manager', cmd('staff.save', { id: me('manager').id, name: me('manager').name, phone: USERS.manager.phone, role: 'agent', estateIds: [ESTATE] })), 409, 'last_manager');
        rejected(await push(ctx, 'manager', cmd('staff.deactivate', { id: me('manager').id })), 409, 'own_account');
    });
    await check('duty.set by manager for technician 2 -> staff; for the agent -> 422 not_technician; technician 1 for technician 2 -> 403; a resident -> 404', async (ctx) => {
        const tech2 = ofEntity(pulled.agent ?? [], 'staff').find((x) => x.id === me('tech2').id);
        const st = adminApplied(await push(ctx, 'manager', cmd('duty.set', { userId: me('tech2').id, onDuty: tech2?.onDuty ?? true })), 'staff');
        assert(st.onDuty === (tech2?.onDuty ?? true) && !('phone' in st), `technician 2 as the manager sees it: ${JSON.stringify(st)}`);
        rejected(await push(ctx, 'resident1', cmd('duty.set', { userId: me('tech1').id, onDuty: false })), 404, 'not_found');
        rejected(await push(ctx, 'manager', cmd('duty.set', { userId: me('agent').id, onDuty: true })), 422, 'not_technician');
        rejected(await push(ctx, 'tech1', cmd('duty.set', { userId: me('tech2').id, onDuty: false })), 403, 'forbidden');
        const current = ofEntity(pulled.agent ?? [], 'staff').find((x) => x.id === me('tech1').id);
        const self = adminApplied(await push(ctx, 'tech1', cmd('duty.set', { userId: me('tech1').id, onDuty: current?.onDuty ?? true })), 'staff');
        assert(self.id === me('tech1').id && !('phone' in self), `technician's own record ${JSON.stringify(self)}`);
    });
    await check("staff.reactivate by manager of the demo's deactivated technician -> active; again -> unchanged; staff.deactivate -> inactive; by agent -> 403", async (ctx) => {
        const gone = ofEntity(pulled.agent ?? [], 'staff').find((x) => x.active === false);
        assert(gone, 'no deactivated staff account in the demo');
        rejected(await push(ctx, 'agent', cmd('staff.reactivate', { id: gone.id })), 403, 'forbidden');
        assert(adminApplied(await push(ctx, 'manager', cmd('staff.reactivate', { id: gone.id })), 'staff').active === true, 'not reactivated');
        assert(adminApplied(await push(ctx, 'manager', cmd('staff.reactivate', { id: gone.id })), 'staff').active === true, 'reactivating twice');
        const off = adminApplied(await push(ctx, 'manager', cmd('staff.deactivate', { id: gone.id })), 'staff');
        assert(off.active === false, `active ${off.active}`);
        rejected(await push(ctx, 'manager', cmd('staff.deactivate', { id: 'usr-none' })), 404, 'not_found');
    });
    await check('account.issueResetCode: agent for a resident -> applied (no record); agent for staff -> 403; technician -> 403; unknown -> 404', async (ctx) => {
        adminApplied(await push(ctx, 'agent', cmd('account.issueResetCode', { userId: me('joiner').id })));
        rejected(await push(ctx, 'agent', cmd('account.issueResetCode', { userId: me('tech1').id })), 403, 'forbidden');
        rejected(await push(ctx, 'tech1', cmd('account.issueResetCode', { userId: me('resident1').id })), 403, 'forbidden');
        rejected(await push(ctx, 'agent', cmd('account.issueResetCode', { userId: 'usr-none' })), 404, 'not_found');
    });

    // the audit log
    await check('GET /audit as manager -> 200, newest first, the acts above, no code or whole phone number; paging with next/before', async (ctx) => {
        const res = await call(ctx, 'GET', `/v1/audit?estateId=${ESTATE}&limit=200`, { token: tok('manager') });
        expectStatus(res, 200);
        const entries = res.json.entries;
        const actions = new Set(entries.map((e) => e.action));
        for (const a of ['joinCode.issue', 'joinCode.use', 'joinCode.revoke', 'resident.remove', 'estate.update', 'sla.set', 'building.create',
                         'unit.create', 'parking.save', 'parking.remove', 'staff.reactivate', 'staff.deactivate', 'duty.set', 'account.resetCode'])
            assert(actions.has(a), `no ${a} entry (have ${[...actions].join(', ')})`);
        const times = entries.map((e) => Date.parse(e.at));
        assert(times.every((t, i) => i === 0 || t <= times[i - 1]), 'not newest first');
        const text = JSON.stringify(entries);
        assert(!text.includes(ownerCode?.code ?? '-') && !text.includes(newPhone), 'a code or a whole phone number is in the audit log');
        const issue = entries.find((e) => e.action === 'joinCode.issue' && e.targetId === ownerCode?.id);
        assert(issue && issue.actorId === me('agent').id && issue.actorName === me('agent').name && issue.address, `issue entry ${JSON.stringify(issue)}`);
        const page1 = await call(ctx, 'GET', '/v1/audit?limit=2', { token: tok('manager') });
        expectStatus(page1, 200, 'page 1: ');
        assert(page1.json.entries.length === 2 && typeof page1.json.next === 'string', `page 1 ${excerpt(page1.text)}`);
        const page2 = await call(ctx, 'GET', `/v1/audit?limit=2&before=${encodeURIComponent(page1.json.next)}`, { token: tok('manager') });
        expectStatus(page2, 200, 'page 2: ');
        assert(isDeepStrictEqual(page2.json.entries.map((e) => e.id), entries.slice(2, 4).map((e) => e.id)), 'page 2 is not the next two entries');
        const mine = await call(ctx, 'GET', `/v1/audit?actorId=${me('agent').id}&from=${encodeURIComponent(iso(Date.now() - 3600000))}`, { token: tok('manager') });
        expectStatus(mine, 200, 'by actor: ');
        assert(mine.json.entries.length >= 1 && mine.json.entries.every((e) => e.actorId === me('agent').id), 'the actor filter');
    });
    await check('GET /audit as agent -> 403; another estate -> 404; an unknown parameter -> 400 unknown_field; limit=0 -> 400', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/audit', { token: tok('agent') }), 403, 'forbidden');
        expectError(await call(ctx, 'GET', '/v1/audit', { token: tok('joiner') }), 403, 'forbidden');
        expectError(await call(ctx, 'GET', '/v1/audit?estateId=est-999', { token: tok('manager') }), 404, 'not_found');
        expectError(await call(ctx, 'GET', '/v1/audit?page=2', { token: tok('manager') }), 400, 'unknown_field');
        expectError(await call(ctx, 'GET', '/v1/audit?limit=0', { token: tok('manager') }), 400, 'validation_failed');
        expectError(await call(ctx, 'GET', '/v1/audit?before=yesterday', { token: tok('manager') }), 400, 'validation_failed');
        expectError(await call(ctx, 'GET', '/v1/audit'), 401, 'unauthorized');
    });
    // Last of the code routes: it makes this address wait for codes.
    await check('POST /join/check: repeated wrong codes from one address -> 429 too_many_attempts with Retry-After', async (ctx) => {
        let res = null;
        for (let i = 0; i < 8; ++i) {
            res = await call(ctx, 'POST', '/v1/join/check', { json: { code: `ZZZZ-ZZZ${'ABCDEFGH'[i]}` }, requestValid: true });
            if (res.status === 429) break;
            expectError(res, 404, 'code_unknown');
        }
        expectError(res, 429, 'too_many_attempts');
        assert(Number(res.headers['retry-after']) === res.json.retryAfter && res.json.retryAfter > 0,
               `Retry-After ${res.headers['retry-after']}, retryAfter ${res.json.retryAfter}`);
    });

    // ---------------------------------------------------------------- KPIs
    // ---------------------------------------------------------------- events (docs/EVENTS.md)
    const ev = {};
    await check('GET /sync events: the office gets events, the door list and the ticket key; a resident their own', async (ctx) => {
        const office = (await pullAll(ctx, tok('manager'))).changes;
        const events = ofEntity(office, 'event');
        ev.past = events.find((e) => e.status === 'published' && e.turnout && e.turnout.checkedInParties > 0);
        ev.b2 = events.find((e) => e.status === 'published' && !e.wholeEstate);
        ev.offerEvent = events.find((e) => e.waitlistMode === 'offer');
        assert(ev.past && ev.b2 && ev.offerEvent, 'the demo lacks its past, building-2 or offer-mode event');
        assert(events.some((e) => e.status === 'draft'), 'the office does not see the draft');
        assert(ofEntity(office, 'eventKey').some((k) => k.estateId === ESTATE), 'no ticket key for the office');
        const mine = (await pullAll(ctx, tok('resident1'))).changes;
        assert(!ofEntity(mine, 'event').some((e) => e.status === 'draft' || e.turnout !== null), 'a resident sees a draft or the turnout');
        assert(ofEntity(mine, 'eventKey').length === 0, 'a resident got the ticket key');
        const signups = ofEntity(mine, 'eventSignup');
        assert(signups.every((x) => x.userId === me('resident1').id), 'a resident sees another resident\'s sign-up');
        ev.ticket = signups.find((x) => x.state === 'confirmed' && x.ticket && x.eventId !== ev.past.id);
        ev.offer = signups.find((x) => x.state === 'offered');
        assert(ev.ticket && ev.offer, 'resident1 has no confirmed upcoming ticket or no live offer');
        assert(ofEntity(mine, 'eventNotice').some((n) => n.kind === 'offered'), 'resident1 was not told of the offer');
    });
    await check('GET /events/{id}/turnout as manager -> 200; resident 403; unknown 404; a query 400', async (ctx) => {
        const res = await call(ctx, 'GET', `/v1/events/${ev.past.id}/turnout`, { token: tok('manager') });
        expectStatus(res, 200);
        assert(res.json.checkedInParties > 0 && res.json.noShowParties > 0 && res.json.walkInPeople > 0, `got ${excerpt(res.text)}`);
        expectError(await call(ctx, 'GET', `/v1/events/${ev.past.id}/turnout`, { token: tok('resident1') }), 403, 'forbidden');
        expectError(await call(ctx, 'GET', `/v1/events/${ev.past.id}/turnout`, { token: tok('tech1') }), 403, 'forbidden');
        expectError(await call(ctx, 'GET', `/v1/events/${uuid()}/turnout`, { token: tok('manager') }), 404, 'not_found');
        expectError(await call(ctx, 'GET', `/v1/events/${ev.past.id}/turnout?x=1`, { token: tok('manager') }), 400, 'unknown_field');
    });
    await check('GET /events/{id}/attendees as agent -> 200 the checked-in residents; resident 403', async (ctx) => {
        const res = await call(ctx, 'GET', `/v1/events/${ev.past.id}/attendees`, { token: tok('agent') });
        expectStatus(res, 200);
        assert(res.json.attendees.length > 0, `got ${excerpt(res.text)}`);
        expectError(await call(ctx, 'GET', `/v1/events/${ev.past.id}/attendees`, { token: tok('resident2') }), 403, 'forbidden');
    });
    await check('POST /commands events: sign-up, a ticket check-in twice, an offer taken; refusals', async (ctx) => {
        const post = (key, command, valid = true) => call(ctx, 'POST', '/v1/commands', { token: tok(key), json: command, requestValid: valid });
        const signup = await post('resident2', cmd('signup.create', { signupId: uuid(), eventId: ev.b2.id, partySize: 1 }));
        expectStatus(signup, 200);
        assert(signup.json.entity === 'eventSignup' && ['confirmed', 'waitlisted'].includes(signup.json.data.state), `got ${excerpt(signup.text)}`);
        const other = await post('resident1', cmd('signup.create', { signupId: uuid(), eventId: ev.b2.id, partySize: 1 }));
        expectError(other, 403, 'not_in_audience');
        const first = await post('agent', cmd('checkin.record', { checkinId: uuid(), eventId: ev.ticket.eventId, ticket: ev.ticket.ticket }));
        expectStatus(first, 200);
        const second = await post('manager', cmd('checkin.record', { checkinId: uuid(), eventId: ev.ticket.eventId, ticket: ev.ticket.ticket }));
        expectStatus(second, 200);
        assert(second.json.data.checkIn.id === first.json.data.checkIn.id, 'the second phone was not told of the first check-in');
        const bad = await post('agent', cmd('checkin.record', { checkinId: uuid(), eventId: ev.ticket.eventId, ticket: ev.ticket.ticket.slice(0, -2) + 'AA' }));
        expectError(bad, 400, 'bad_ticket');
        const taken = await post('resident1', cmd('offer.accept', { signupId: ev.offer.id }));
        expectStatus(taken, 200);
        assert(taken.json.data.state === 'confirmed' && typeof taken.json.data.ticket === 'string', `got ${excerpt(taken.text)}`);
        expectError(await post('resident1', cmd('signup.create', { signupId: uuid(), eventId: ev.b2.id, partySize: 0 }), false), 400, 'validation_failed');
    });

    await check('GET /kpis?estateId=est-1 as manager -> 200', async (ctx) => {
        const res = await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}`, { token: tok('manager') });
        expectStatus(res, 200);
        assert(res.json.estateId === undefined || res.json.estateId === ESTATE, `estateId ${res.json.estateId}`);
    });
    await check('GET /kpis?estateId=est-1 as agent -> 200', async (ctx) => {
        expectStatus(await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}`, { token: tok('agent') }), 200);
    });
    await check('GET /kpis as resident and as technician -> 403 forbidden', async (ctx) => {
        expectError(await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}`, { token: tok('resident1') }), 403, 'forbidden');
        expectError(await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}`, { token: tok('tech1') }), 403, 'forbidden');
    });
    await check('GET /kpis without estateId -> 400 validation_failed', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/kpis', { token: tok('manager') }), 400, 'validation_failed');
    });
    await check('GET /kpis of an estate the manager does not manage -> 404 not_found', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/kpis?estateId=est-999', { token: tok('manager') }), 404, 'not_found');
    });
    await check('GET /kpis with from/to -> 200 for that period; to before from -> 400', async (ctx) => {
        const from = iso(Date.now() - 3600000);
        const to = iso(Date.now() + 60000);
        const res = await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { token: tok('manager') });
        expectStatus(res, 200);
        assert(res.json.from === from && res.json.to === to, `period ${res.json.from}..${res.json.to}`);
        assert(res.json.openTickets >= 1, `openTickets ${res.json.openTickets}`);
        const bad = await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}&from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`, { token: tok('manager') });
        expectError(bad, 400, 'validation_failed');
    });
    await check('GET /kpis with an unknown parameter -> 400 unknown_field', async (ctx) => {
        expectError(await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}&period=month`, { token: tok('manager') }), 400, 'unknown_field');
    });
    await check('GET /kpis without a token -> 401 unauthorized', async (ctx) => {
        expectError(await call(ctx, 'GET', `/v1/kpis?estateId=${ESTATE}`), 401, 'unauthorized');
    });

    // ---------------------------------------------------------------- unit import
    const csv = (text) => ({ body: Buffer.from(text, 'utf8'), headers: { 'content-type': 'text/csv; charset=utf-8' } });
    const importPath = `/v1/estates/${ESTATE}/units/import`;
    await check('POST /estates/est-1/units/import?dryRun=true as manager -> 200 counts', async (ctx) => {
        const res = await call(ctx, 'POST', `${importPath}?dryRun=true`, { token: tok('manager'), ...csv('楼栋,房号,楼层,面积\n1号楼,C-1,1,80.5\n') });
        expectStatus(res, 200);
        assert(res.json.created === 1 && res.json.dryRun === true, `got ${excerpt(res.text)}`);
    });
    await check('POST /estates/est-1/units/import with bad rows -> 422 import_invalid with lines', async (ctx) => {
        const res = await call(ctx, 'POST', importPath, { token: tok('manager'), ...csv('building,number,floor,area\n9号楼,C-1,1,0\n') });
        expectError(res, 422, 'import_invalid');
        assert(res.json.problems.every((p) => p.line === 2) && res.json.problemCount === 2, `got ${excerpt(res.text)}`);
    });
    await check('POST /estates/est-1/units/import as agent -> 403; another estate -> 404; JSON -> 415', async (ctx) => {
        const body = csv('building,number,floor,area\n1号楼,C-1,1,80\n');
        expectError(await call(ctx, 'POST', importPath, { token: tok('agent'), ...body }), 403, 'forbidden');
        expectError(await call(ctx, 'POST', '/v1/estates/est-999/units/import', { token: tok('manager'), ...body }), 404, 'not_found');
        expectError(await call(ctx, 'POST', importPath, { token: tok('manager'), json: {} }), 415, 'unsupported_media_type');
    });

    // ---------------------------------------------------------------- fee reports, bills, payment import (issue 11)
    const fees = `/v1/estates/${ESTATE}`;
    const month = (offset) => {
        const d = new Date();
        d.setUTCDate(15);
        d.setUTCMonth(d.getUTCMonth() + offset);
        return d.toISOString().slice(0, 7);
    };
    await check('GET /estates/est-1/arrears as manager and agent -> 200; sort=age and buildingId filter', async (ctx) => {
        const res = await call(ctx, 'GET', `${fees}/arrears`, { token: tok('manager') });
        expectStatus(res, 200);
        assert(res.json.estateId === ESTATE && Array.isArray(res.json.units) && res.json.totals.units === res.json.units.length,
               `got ${excerpt(res.text)}`);
        expectStatus(await call(ctx, 'GET', `${fees}/arrears?sort=age`, { token: tok('agent') }), 200);
        const building = res.json.units.length ? res.json.units[0].buildingId : undefined;
        if (building) {
            const one = await call(ctx, 'GET', `${fees}/arrears?buildingId=${encodeURIComponent(building)}`, { token: tok('manager') });
            expectStatus(one, 200);
            assert(one.json.units.every((u) => u.buildingId === building), `another building in ${excerpt(one.text)}`);
        }
    });
    await check('GET /estates/est-1/arrears: resident 403, another estate 404, bad sort 400, unknown field 400', async (ctx) => {
        expectError(await call(ctx, 'GET', `${fees}/arrears`, { token: tok('resident1') }), 403, 'forbidden');
        expectError(await call(ctx, 'GET', '/v1/estates/est-999/arrears', { token: tok('manager') }), 404, 'not_found');
        expectError(await call(ctx, 'GET', `${fees}/arrears?sort=name`, { token: tok('manager') }), 400, 'validation_failed');
        expectError(await call(ctx, 'GET', `${fees}/arrears?page=2`, { token: tok('manager') }), 400, 'unknown_field');
        expectError(await call(ctx, 'GET', `${fees}/arrears`), 401, 'unauthorized');
    });
    await check('GET /estates/est-1/collection as manager -> 200; agent (not allowed by the estate) 403; bad range 400', async (ctx) => {
        const res = await call(ctx, 'GET', `${fees}/collection?from=${month(-11)}&to=${month(0)}`, { token: tok('manager') });
        expectStatus(res, 200);
        assert(res.json.months.length === 12 && res.json.total !== undefined, `got ${excerpt(res.text)}`);
        expectError(await call(ctx, 'GET', `${fees}/collection?from=${month(-1)}&to=${month(0)}`, { token: tok('agent') }), 403, 'forbidden');
        expectError(await call(ctx, 'GET', `${fees}/collection?from=${month(0)}&to=${month(-1)}`, { token: tok('manager') }), 400, 'validation_failed');
        expectError(await call(ctx, 'GET', '/v1/estates/est-999/collection?from=2026-01&to=2026-02', { token: tok('manager') }), 404, 'not_found');
    });
    await check('POST /estates/est-1/bills/generate {dryRun: true} as manager -> 200 report; agent 403; bad period 400', async (ctx) => {
        const res = await call(ctx, 'POST', `${fees}/bills/generate`, { token: tok('manager'), json: { period: month(0), dryRun: true }, requestValid: true });
        expectStatus(res, 200);
        assert(res.json.period === month(0) && res.json.created + res.json.existing <= res.json.units, `got ${excerpt(res.text)}`);
        expectError(await call(ctx, 'POST', `${fees}/bills/generate`, { token: tok('agent'), json: { period: month(0), dryRun: true }, requestValid: true }), 403, 'forbidden');
        expectError(await call(ctx, 'POST', `${fees}/bills/generate`, { token: tok('manager'), json: { period: '2026-13' }, requestValid: false }), 400, ['bad_period', 'validation_failed']);
        expectError(await call(ctx, 'POST', '/v1/estates/est-999/bills/generate', { token: tok('manager'), json: { period: month(0), dryRun: true }, requestValid: true }), 404, 'not_found');
    });
    await check('POST /estates/est-1/payments/import: unknown bill 422 import_invalid; agent 403; JSON 415; another estate 404', async (ctx) => {
        const body = csv('bill number,amount,paid time,transaction id\nB209912-999999,1.00,2026-11-20 10:00:00,CT-1\n');
        const res = await call(ctx, 'POST', `${fees}/payments/import?dryRun=true`, { token: tok('manager'), ...body });
        expectError(res, 422, 'import_invalid');
        assert(res.json.problems.some((p) => p.code === 'unknown_bill' && p.line === 2), `got ${excerpt(res.text)}`);
        expectError(await call(ctx, 'POST', `${fees}/payments/import`, { token: tok('agent'), ...body }), 403, 'forbidden');
        expectError(await call(ctx, 'POST', `${fees}/payments/import`, { token: tok('manager'), json: {} }), 415, 'unsupported_media_type');
        expectError(await call(ctx, 'POST', '/v1/estates/est-999/payments/import', { token: tok('manager'), ...body }), 404, 'not_found');
    });

    // ---------------------------------------------------------------- logout and errors
    await check('POST /auth/logout {} -> 204; its access and refresh tokens stop working', async (ctx) => {
        const login = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: USERS.manager.phone, password: PASSWORD }, requestValid: true });
        expectStatus(login, 200, 'login: ');
        const t = login.json;
        const res = await call(ctx, 'POST', '/v1/auth/logout', { token: t.accessToken, json: {}, requestValid: true });
        expectStatus(res, 204);
        expectError(await call(ctx, 'GET', '/v1/me', { token: t.accessToken }), 401, 'session_revoked');
        const r = await call(ctx, 'POST', '/v1/auth/refresh', { json: { refreshToken: t.refreshToken }, requestValid: true });
        expectError(r, 401, ['session_revoked', 'invalid_token']);
        expectStatus(await call(ctx, 'GET', '/v1/me', { token: tok('manager') }), 200, 'another session of the same user: ');
    });
    await check('POST /auth/logout without a body -> 204', async (ctx) => {
        const login = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: USERS.tech2.phone, password: PASSWORD }, requestValid: true });
        expectStatus(login, 200, 'login: ');
        expectStatus(await call(ctx, 'POST', '/v1/auth/logout', { token: login.json.accessToken }), 204);
    });
    await check('POST /auth/logout without a token -> 401 unauthorized', async (ctx) => {
        expectError(await call(ctx, 'POST', '/v1/auth/logout', { json: {} }), 401, 'unauthorized');
    });

    // ---------------------------------------------------------------- passwords (issue 10)
    await check('POST /auth/password with a wrong old password -> 403 wrong_password; a weak new one -> 422 weak_password', async (ctx) => {
        const login = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: USERS.tech2.phone, password: PASSWORD }, requestValid: true });
        expectStatus(login, 200, 'login: ');
        const token = login.json.accessToken;
        expectError(await call(ctx, 'POST', '/v1/auth/password', { token, json: { oldPassword: 'not-the-password', newPassword: 'Violet-Meadow-53' }, requestValid: true }),
                    403, 'wrong_password');
        const weak = await call(ctx, 'POST', '/v1/auth/password', { token, json: { oldPassword: PASSWORD, newPassword: 'password' }, requestValid: true });
        expectError(weak, 422, 'weak_password');
        assert(typeof weak.json.reason === 'string' && weak.json.reason.length > 0, 'no reason');
        expectStatus(await call(ctx, 'GET', '/v1/me', { token }), 200, 'the session goes on: ');
    });
    await check('POST /auth/password without a token -> 401 unauthorized', async (ctx) => {
        expectError(await call(ctx, 'POST', '/v1/auth/password', { json: { oldPassword: PASSWORD, newPassword: 'Violet-Meadow-53' } }), 401, 'unauthorized');
    });
    await check('POST /auth/reset for a phone without an account -> 404 code_unknown; weak -> 422; a short code -> 400', async (ctx) => {
        expectError(await call(ctx, 'POST', '/v1/auth/reset', { json: { phone: '13700000042', code: '123456', newPassword: 'Violet-Meadow-53' }, requestValid: true }),
                    404, 'code_unknown');
        expectError(await call(ctx, 'POST', '/v1/auth/reset', { json: { phone: '13700000042', code: '123 456', newPassword: 'password' }, requestValid: true }),
                    422, 'weak_password');
        expectError(await call(ctx, 'POST', '/v1/auth/reset', { json: { phone: '13700000042', code: '12', newPassword: 'Violet-Meadow-53' }, requestValid: false }),
                    400, 'validation_failed');
    });

    // ---------------------------------------------------------------- the router's answers
    // Each is validated against what the operation (for 405: every operation of the path)
    // documents for it.
    await check('GET /v1/no-such-path -> 404 not_found (Error)', async (ctx) => {
        expectError(await call(ctx, 'GET', '/v1/no-such-path', { token: tok('agent') }), 404, 'not_found');
    });
    await check("PUT /attachments/{a hash holding %2F} -> 404 not_found, as putAttachment documents it", async (ctx) => {
        const res = await call(ctx, 'PUT', `/v1/attachments/${'a'.repeat(31)}%2F${'b'.repeat(32)}`, { token: tok('resident1'), body: png, headers: { 'content-type': 'image/png' } });
        expectError(res, 404, 'not_found');
    });
    await check('a method the path does not take -> 405 method_not_allowed, as each operation of the path documents it', async (ctx) => {
        for (const [method, p] of [['DELETE', '/v1/health'], ['PUT', '/v1/sync'], ['PATCH', '/v1/commands'], ['POST', '/v1/me'],
                                   ['GET', '/v1/auth/login'], ['DELETE', `/v1/attachments/${pngSha}`], ['POST', '/v1/kpis']])
            expectError(await call(ctx, method, p, { token: tok('agent') }), 405, 'method_not_allowed');
    });
    await check('a request-target longer than 4096 bytes -> 414 uri_too_long; an empty or trailing segment -> 404', async (ctx) => {
        expectError(await call(ctx, 'GET', `/v1/attachments/${'a'.repeat(4100)}`, { token: tok('resident1') }), 414, 'uri_too_long');
        expectError(await call(ctx, 'GET', `/v1/sync?since=0&pad=${'x'.repeat(4100)}`, { token: tok('resident1') }), 414, 'uri_too_long');
        // One spelling per resource: the router no longer skips empty segments.
        expectError(await call(ctx, 'GET', '/v1//health'), 404, 'not_found');
        expectError(await call(ctx, 'GET', '/v1/health/'), 404, 'not_found');
    });
    await check("a body longer than the operation takes -> 413 payload_too_large, before the token is checked", async (ctx) => {
        // The GET operations take no body at all; the auth operations 4096 bytes; a command 65536.
        expectError(await call(ctx, 'GET', '/v1/health', { json: {} }), 413, 'payload_too_large');
        expectError(await call(ctx, 'GET', '/v1/sync?since=0', { body: Buffer.from('x'), headers: { 'content-type': 'text/plain' } }), 413, 'payload_too_large');
        expectError(await call(ctx, 'POST', '/v1/auth/login', { json: { phone: USERS.resident1.phone, password: 'x'.repeat(4100) }, requestValid: false }),
                    413, 'payload_too_large');
        const big = cmd('ticket.submit', { ticketId: uuid(), kind: 'repair', category: 'other', description: 'x'.repeat(66000), unitId: unit1 });
        expectError(await push(ctx, 'resident1', big, false), 413, 'payload_too_large');
        expectError(await call(ctx, 'POST', '/v1/commands', { json: big }), 413, 'payload_too_large');
    });
    await check('a JSON body with an unpaired surrogate or a noncharacter -> 400 invalid_text (login, refresh, commands)', async (ctx) => {
        expectError(await call(ctx, 'POST', '/v1/auth/login', { json: '{"phone": "13800000001", "password": "x\\ud800"}' }), 400, 'invalid_text');
        expectError(await call(ctx, 'POST', '/v1/auth/login', { json: '{"phone": "13800000001", "password": "x\\uffff"}' }), 400, 'invalid_text');
        expectError(await call(ctx, 'POST', '/v1/auth/refresh', { json: '{"refreshToken": "\\udfff"}' }), 400, 'invalid_text');
        const res = await call(ctx, 'POST', '/v1/commands', { token: tok('resident1'),
                                                              json: `{"id": "${uuid()}", "type": "ticket.note", "payload": {"ticketId": "${T1}", "text": "\\ud83d"}}` });
        expectError(res, 400, 'invalid_text');
        assert(!('status' in res.json), 'a refusal of the body carries no command status');
    });
    // Last: it locks the (unused) phone number it tries.
    await check('POST /auth/login: repeated failures for one phone -> 429 rate_limited with Retry-After', async (ctx) => {
        let res = null;
        for (let i = 0; i < 8; ++i) {
            res = await call(ctx, 'POST', '/v1/auth/login', { json: { phone: '13700000099', password: `wrong-${i}` }, requestValid: true });
            if (res.status === 429) break;
            expectError(res, 401, 'invalid_credentials');
        }
        expectError(res, 429, 'rate_limited');
        assert(Number(res.headers['retry-after']) === res.json.retryAfter && res.json.retryAfter > 0,
               `Retry-After ${res.headers['retry-after']}, retryAfter ${res.json.retryAfter}`);
    });
}

// ------------------------------------------------------------------------- main

let stateDir = null;
async function cleanup() {
    await stopServer().catch(() => {});
    if (stateDir && !args.keepState) fs.rmSync(stateDir, { recursive: true, force: true });
    else if (stateDir) console.log(`# state kept in ${stateDir}`);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, async () => {
        if (stopping) return;
        stopping = true;
        console.log(`# ${sig}: stopping`);
        report(false, 'checker', `interrupted by ${sig}`);
        await cleanup();
        finish(1);
        process.exit(1);
    });
}

async function main() {
    // The linter runs beside everything else; its verdict is reported last.
    const lint = lintSpec();
    try {
        await documentAndServerChecks();
    } finally {
        await check(`spec: redocly lint (@redocly/cli, ${path.basename(LINT_CONFIG)}: recommended-strict) finds no problem`, async (ctx) => {
            const r = await lint;
            if (!r.ok) throw new CheckError(`the linter failed:\n${r.out}`);
            ctx.notes.push(r.out.split('\n').at(-1));
        });
    }
}

async function documentAndServerChecks() {
    const specOk = await documentChecks();
    if (args.specOnly) return;
    if (!specOk) {
        report(false, 'server checks', 'skipped: the document is not valid');
        return;
    }

    let ca;
    if (args.url) {
        baseUrl = args.url.replace(/\/$/, '');
        ca = fs.readFileSync(args.ca);
    } else {
        let started = false;
        await check(`server: init, seed-demo and serve ${path.basename(args.serverBin)} on a fresh state`, async () => {
            assert(fs.existsSync(args.serverBin), `${args.serverBin} does not exist`);
            stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'courtyard-contract-'));
            const state = path.join(stateDir, 'state');
            const init = await run(args.serverBin, ['init', '--state', state, '--port', '0'], 60000);
            assert(init.code === 0, `init exited ${init.code}: ${excerpt(init.out, 800)}`);
            assert(fs.existsSync(path.join(state, 'ca.pem')), 'init made no ca.pem');
            const seed = await run(args.serverBin, ['seed-demo', '--state', state], 120000);
            assert(seed.code === 0, `seed-demo exited ${seed.code}: ${excerpt(seed.out, 800)}`);
            const l = await startServer(args.serverBin, state);
            baseUrl = l.url;
            ca = fs.readFileSync(path.join(state, 'ca.pem'));
            started = true;
        });
        if (!started) return;
    }
    // ca.pem is the only trust anchor: no system CAs, no rejectUnauthorized: false.
    agent = new https.Agent({ ca, keepAlive: true, maxSockets: 8, minVersion: 'TLSv1.2' });
    await serverChecks();
}

const watchdog = setTimeout(async () => {
    report(false, 'checker', 'gave up after 240 s');
    await cleanup();
    finish(1);
    process.exit(1);
}, 240000);

try {
    await main();
} catch (e) {
    report(false, 'checker', (e && e.stack) || String(e));
} finally {
    clearTimeout(watchdog);
    if (failed && SERVER_LOG.length) {
        console.log('# last lines of the server output:');
        for (const line of SERVER_LOG.slice(-40)) console.log(`#   ${line}`);
    }
    agent?.destroy();
    await cleanup();
    finish();
}
