#include "outboxwindow.h"

#include "localstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

QList<Outbox::Entry> readyCommands(LocalStore &store, int max, const QSet<QString> &exclude)
{
    QList<Outbox::Entry> ready;
    if (max <= 0)
        return ready;
    QSqlQuery query = store.prepared(
        u"SELECT o.id, o.attachments FROM outbox o WHERE o.state IN ('pending', 'sending') AND NOT EXISTS ("
        "SELECT 1 FROM outbox p WHERE p.entity = o.entity AND p.entity_id = o.entity_id "
        "AND p.seq < o.seq AND p.state IN ('pending', 'sending')) ORDER BY o.seq"_s);
    if (!store.exec(query))
        return ready;
    QStringList ids;
    QList<QStringList> attachments;
    while (query.next() && ids.size() < max + exclude.size()) {
        const QString id = query.value(0).toString();
        if (exclude.contains(id))
            continue;
        ids << id;
        const QString list = query.value(1).toString();
        attachments << (list.isEmpty() ? QStringList() : list.split(u','));
    }
    query.finish();
    Outbox outbox(store);
    for (qsizetype i = 0; i < ids.size() && ready.size() < max; ++i) {
        bool uploaded = true;
        for (const QString &sha : std::as_const(attachments[i])) {
            QSqlQuery state = store.prepared(u"SELECT state FROM attachments WHERE sha256 = ?"_s);
            state.addBindValue(sha);
            uploaded = store.exec(state) && state.next() && state.value(0).toString() == u"uploaded";
            state.finish();
            if (!uploaded)
                break;
        }
        if (!uploaded)
            continue;
        if (std::optional<Outbox::Entry> entry = outbox.entry(ids[i]))
            ready << *entry;
    }
    return ready;
}
