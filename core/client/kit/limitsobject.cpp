#include "kit/limitsobject.h"

#include "text.h"

namespace Courtyard::Client {

Limits::Limits(QObject *parent)
    : QObject(parent)
{
}

int Limits::length(const QString &text)
{
    return int(Courtyard::Text::length(text));
}

bool Limits::isWellFormed(const QString &text)
{
    return Courtyard::Text::isWellFormed(text);
}

} // namespace Courtyard::Client
