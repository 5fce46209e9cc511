#pragma once

#include "auth/tokenstore.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Courtyard::Client {

/**
 * Tokens in the platform keychain through QtKeychain (Keychain on Apple platforms, the
 * Android keystore, Secret Service or KWallet on Linux desktops).
 *
 * QtKeychain is asynchronous: load() reads once at start-up and emits loaded(); after that
 * tokens() answers from memory and every change is written through in the background, one
 * job at a time, the newest state last. Nothing it logs contains a token.
 */
class KeychainTokenStore final : public QObject, public TokenStore
{
    Q_OBJECT

public:
    enum class LoadResult { Loaded, Empty, NoKeychain };
    Q_ENUM(LoadResult)

    /// @p service names the app in the keychain, e.g. "Courtyard Resident".
    explicit KeychainTokenStore(QString service, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    /// Reads the stored tokens; emits loaded() when done (never from inside this call).
    void load();
    /// Runs load() and waits for it (a local event loop, at most @p timeoutMs). Returns
    /// NoKeychain when no keychain service answers in time.
    LoadResult loadAndWait(int timeoutMs = 5000);
    [[nodiscard]] std::optional<LoadResult> loadResult() const { return m_loadResult; }
    /// True while a write or delete is still on its way to the keychain.
    [[nodiscard]] bool isWriting() const { return m_writing; }

    [[nodiscard]] AuthTokens tokens() const override;
    void setTokens(const AuthTokens &tokens) override;
    void clear() override;

Q_SIGNALS:
    void loaded(KeychainTokenStore::LoadResult result);
    /// A write-through finished; @p ok false when the keychain refused it.
    void written(bool ok);

private:
    void writeThrough();

    QString m_service;
    AuthTokens m_tokens;
    std::optional<LoadResult> m_loadResult;
    bool m_writing = false;
    bool m_dirty = false;
};

} // namespace Courtyard::Client
