#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QPointer>
#include <QString>
#include <QTranslator>

namespace Courtyard::Client {

class Session;

/**
 * The UI language of a running app: installs Courtyard's translations (":/i18n/
 * courtyard_<lang>.qm", embedded by courtyard_add_translations()) and Qt's own, and on a switch
 * re-translates the QML engine and the session's texts.
 */
class UiTranslator : public QObject
{
    Q_OBJECT

public:
    explicit UiTranslator(QObject *parent = nullptr);
    ~UiTranslator() override;

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    void setSession(Session *session) { m_session = session; }

    /// Switches to @p language ("zh_CN" or "en"); false when its translations are missing.
    bool setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }

private:
    QTranslator m_courtyard;
    QTranslator m_qt;
    QString m_language;
    QPointer<QQmlEngine> m_engine;
    QPointer<Session> m_session;
};

} // namespace Courtyard::Client
