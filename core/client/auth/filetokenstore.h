#pragma once

#include "auth/tokenstore.h"

#include <QString>

namespace Courtyard::Client {

/**
 * Tokens in a file of their own (mode 0600, written whole with QSaveFile). ONLY for where no
 * keychain service exists: tests and headless Linux. AppBootstrap picks it when the keychain
 * is missing or COURTYARD_TOKEN_STORE=file asks for it, and says so in the log.
 *
 * Loads once in the constructor and answers from memory after that.
 */
class FileTokenStore final : public TokenStore
{
public:
    explicit FileTokenStore(QString path);

    [[nodiscard]] QString path() const { return m_path; }
    /// Why the last read or write failed (empty when it did not).
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] AuthTokens tokens() const override;
    void setTokens(const AuthTokens &tokens) override;
    void clear() override;

    /// The JSON form both persistent stores keep (never log it).
    [[nodiscard]] static QByteArray serialize(const AuthTokens &tokens);
    [[nodiscard]] static AuthTokens deserialize(const QByteArray &bytes);

private:
    void load();
    bool save();

    QString m_path;
    AuthTokens m_tokens;
    QString m_error;
};

} // namespace Courtyard::Client
