-- wrk script for the login scenario of bench/server-bench.sh:
-- POST /v1/auth/login with the resident login that seed-bench made
-- ($COURTYARD_BENCH_PHONE / $COURTYARD_BENCH_PASSWORD). Each request is a full login:
-- a password hash check (scrypt, deliberately slow) plus a new session.
local phone = os.getenv("COURTYARD_BENCH_PHONE") or ""
local password = os.getenv("COURTYARD_BENCH_PASSWORD") or ""

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"')
  return '"' .. s .. '"'
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"phone":' .. json_string(phone) .. ',"password":' .. json_string(password) .. '}'
