#include "eventrules.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Events {

const QStringList &kinds()
{
    static const QStringList v{u"regular"_s, u"themed"_s, u"custom"_s};
    return v;
}

const QStringList &waitlistModes()
{
    static const QStringList v{u"automatic"_s, u"offer"_s};
    return v;
}

const QStringList &eventStatuses()
{
    static const QStringList v{u"draft"_s, u"published"_s, u"cancelled"_s};
    return v;
}

const QStringList &signupStates()
{
    static const QStringList v{u"confirmed"_s, u"waitlisted"_s, u"offered"_s, u"cancelled"_s, u"declined"_s, u"expired"_s};
    return v;
}

bool holdsPlaces(const QString &state)
{
    return state == u"confirmed" || state == u"offered";
}

bool isActive(const QString &state)
{
    return holdsPlaces(state) || state == u"waitlisted";
}

bool confirmsAtOnce(int capacity, int heldPeople, int partySize, bool someoneWaits, bool skipAhead)
{
    return partySize <= capacity - heldPeople && (!someoneWaits || skipAhead);
}

QStringList admit(int capacity, int heldPeople, const QList<Waiting> &queue, bool skipAhead)
{
    QStringList out;
    int left = capacity - heldPeople;
    for (const Waiting &w : queue) {
        if (left <= 0)
            break;
        if (w.partySize <= left) {
            out << w.signupId;
            left -= w.partySize;
        } else if (!skipAhead) {
            break;
        }
    }
    return out;
}

} // namespace Courtyard::Events
