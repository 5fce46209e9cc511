#include "pki.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Pki {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    ERR_error_string_n(code, buf, sizeof buf);
    return u"%1: %2"_s.arg(QLatin1StringView(what), QString::fromLatin1(buf));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

CertPtr newCertificate(EVP_PKEY *key, const QString &commonName, int startOffsetDays, int validDays)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    const long start = long(startOffsetDays) * 86400L;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), start);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), start + long(validDays) * 86400L);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Courtyard"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    return cert;
}

std::optional<Credential> finish(X509 *cert, EVP_PKEY *key, QString *error)
{
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = opensslError("PEM encoding failed");
        return std::nullopt;
    }
    return Credential{bioBytes(certBio.get()), bioBytes(keyBio.get())};
}

} // namespace

std::optional<Credential> makeCertificateAuthority(const QString &commonName, int validDays, QString *error)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        *error = opensslError("key generation failed");
        return std::nullopt;
    }
    CertPtr cert = newCertificate(key.get(), commonName, 0, validDays);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    if (!addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = opensslError("CA signing failed");
        return std::nullopt;
    }
    return finish(cert.get(), key.get(), error);
}

std::optional<Credential> makeServerCertificate(const Credential &ca, const LeafRequest &request, QString *error)
{
    BioPtr caCertBio(BIO_new_mem_buf(ca.certificatePem.constData(), int(ca.certificatePem.size())));
    BioPtr caKeyBio(BIO_new_mem_buf(ca.privateKeyPem.constData(), int(ca.privateKeyPem.size())));
    CertPtr caCert(PEM_read_bio_X509(caCertBio.get(), nullptr, nullptr, nullptr));
    KeyPtr caKey(PEM_read_bio_PrivateKey(caKeyBio.get(), nullptr, nullptr, nullptr));
    if (!caCert || !caKey) {
        *error = opensslError("cannot read the CA");
        return std::nullopt;
    }
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        *error = opensslError("key generation failed");
        return std::nullopt;
    }
    CertPtr cert = newCertificate(key.get(), request.commonName, request.startOffsetDays, request.validDays);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()));

    QStringList alt;
    for (const QString &dns : request.dnsNames)
        alt << u"DNS:"_s + dns;
    for (const QString &ip : request.ipAddresses)
        alt << u"IP:"_s + ip;
    bool ok = addExtension(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE")
              && addExtension(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
              && addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "serverAuth")
              && addExtension(cert.get(), caCert.get(), NID_authority_key_identifier, "keyid:always");
    if (ok && !alt.isEmpty())
        ok = addExtension(cert.get(), caCert.get(), NID_subject_alt_name, alt.join(u',').toLatin1());
    if (!ok || X509_sign(cert.get(), caKey.get(), EVP_sha256()) == 0) {
        *error = opensslError("certificate signing failed");
        return std::nullopt;
    }
    return finish(cert.get(), key.get(), error);
}

bool writePem(const QString &path, const QByteArray &pem, bool secret, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(pem);
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Courtyard::Server::Pki
