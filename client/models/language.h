#pragma once
// The app's language is the default QLocale (set by AppController): models pick the schema's Vietnamese
// or English words with it, and Qt's translators handle every other string.
#include <QLocale>
#include <QString>

namespace sohoi::app {

inline bool isVietnamese() { return QLocale().language() == QLocale::Vietnamese; }
/// vi or en, whichever the app speaks now.
inline QString localized(const QString& vi, const QString& en) { return isVietnamese() ? vi : en; }

}  // namespace sohoi::app
