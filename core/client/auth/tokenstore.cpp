#include "auth/tokenstore.h"

namespace Courtyard::Client {

TokenStore::~TokenStore() = default;

AuthTokens MemoryTokenStore::tokens() const
{
    return m_tokens;
}

void MemoryTokenStore::setTokens(const AuthTokens &tokens)
{
    m_tokens = tokens;
}

void MemoryTokenStore::clear()
{
    m_tokens = {};
}

} // namespace Courtyard::Client
