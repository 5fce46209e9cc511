#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

#include <optional>

#include <qqmlintegration.h>
class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {


/**
 * The app's own preferences over QSettings (QML singleton "AppSettings"; Qt 6.4 has no
 * Settings type in QML): the UI language and the server address.
 */
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// "zh_CN", "en", or empty for the system language.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language in use: "zh_CN" or "en".
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)

public:
    /// Uses the INI file @p fileName, or with an empty name the application's default settings
    /// (organisation and application name). No default constructor on purpose: QML would
    /// prefer it to create() and make a second, unconnected instance.
    explicit AppSettings(const QString &fileName, QObject *parent = nullptr);

    static void setQmlInstance(AppSettings *settings);
    static AppSettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    /// The supported languages, the first being the fallback for anything else Chinese.
    [[nodiscard]] static QStringList supportedLanguages();
    /// Maps a locale name ("zh_CN", "zh-Hans-CN", "en_GB", …) to a supported language.
    [[nodiscard]] static QString languageForLocale(const QString &localeName);

    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    /// Uses @p language for this run only (the --lang flag); not saved.
    void forceLanguage(const QString &language);
    [[nodiscard]] QString effectiveLanguage() const;

    [[nodiscard]] QString serverUrl() const;
    void setServerUrl(const QString &url);

    /// Switches between the two languages (for the toggle in the UI).
    Q_INVOKABLE void toggleLanguage();

Q_SIGNALS:
    void languageChanged();

private:
    std::optional<QSettings> m_settings; // QSettings cannot be reassigned
    QString m_forcedLanguage;
};

} // namespace Courtyard::Client
