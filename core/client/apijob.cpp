#include "apijob.h"

namespace Courtyard::Client {

ApiJob::ApiJob(Kind kind, QByteArray method, QString path, QByteArray body, bool authorized,
               QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_authorized(authorized)
{
}

} // namespace Courtyard::Client
