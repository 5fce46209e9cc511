#include "uitranslator.h"

#include "logging.h"
#include "session.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

UiTranslator::UiTranslator(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_courtyard);
}

UiTranslator::~UiTranslator()
{
    QCoreApplication::removeTranslator(&m_courtyard);
    QCoreApplication::removeTranslator(&m_qt);
}

bool UiTranslator::setLanguage(const QString &language)
{
    // Loading into an installed translator makes Qt send LanguageChange by itself.
    const bool ok = m_courtyard.load(u":/i18n/courtyard_%1.qm"_s.arg(language));
    if (!ok)
        qCWarning(lcApp) << "no translations for" << language;
    if (!m_qt.load(QLocale(language), u"qtbase"_s, u"_"_s,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCDebug(lcApp) << "no Qt translations for" << language;
    m_language = language;
    QLocale::setDefault(QLocale(language));
    if (m_engine) {
        m_engine->setUiLanguage(language);
        m_engine->retranslate();
    }
    if (m_session)
        m_session->retranslate();
    return ok;
}

} // namespace Courtyard::Client
