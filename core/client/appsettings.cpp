#include "appsettings.h"

#include "logging.h"

#include <QJSEngine>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {
QPointer<AppSettings> s_qmlInstance;
const QString LanguageKey = u"ui/language"_s;
const QString ServerKey = u"server/url"_s;
} // namespace

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
{
    if (!fileName.isEmpty())
        m_settings.emplace(fileName, QSettings::IniFormat);
    else
        m_settings.emplace();
}

void AppSettings::setQmlInstance(AppSettings *settings)
{
    s_qmlInstance = settings;
}

AppSettings *AppSettings::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_qmlInstance) {
        qCCritical(lcApp) << "QML asked for AppSettings before they were built";
        return nullptr;
    }
    QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);
    return s_qmlInstance;
}

QStringList AppSettings::supportedLanguages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString AppSettings::languageForLocale(const QString &localeName)
{
    return localeName.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s;
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(LanguageKey).toString();
    return supportedLanguages().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString value = supportedLanguages().contains(language) ? language : QString();
    const QString savedBefore = this->language();
    const QString before = effectiveLanguage();
    m_forcedLanguage.clear();
    m_settings->setValue(LanguageKey, value);
    if (before != effectiveLanguage() || savedBefore != value)
        Q_EMIT languageChanged();
}

void AppSettings::forceLanguage(const QString &language)
{
    const QString before = effectiveLanguage();
    m_forcedLanguage = supportedLanguages().contains(language) ? language : QString();
    if (before != effectiveLanguage())
        Q_EMIT languageChanged();
}

QString AppSettings::effectiveLanguage() const
{
    if (!m_forcedLanguage.isEmpty())
        return m_forcedLanguage;
    const QString saved = language();
    if (!saved.isEmpty())
        return saved;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    return languageForLocale(uiLanguages.isEmpty() ? QLocale::system().name() : uiLanguages.first());
}

QString AppSettings::serverUrl() const
{
    return m_settings->value(ServerKey).toString();
}

void AppSettings::setServerUrl(const QString &url)
{
    m_settings->setValue(ServerKey, url);
}

void AppSettings::toggleLanguage()
{
    setLanguage(effectiveLanguage() == u"zh_CN"_s ? u"en"_s : u"zh_CN"_s);
}

} // namespace Courtyard::Client
