#pragma once
// Search that ignores Vietnamese diacritics and case: "nguyen thi" finds "Nguyễn Thị", "dang" finds "Đặng".
#include <QString>
#include <QStringList>

namespace sohoi::app {

/// Lower case, without combining marks, with đ/Đ as d: the form both the haystack and the query take.
QString foldForSearch(const QString& text);

/// The query's words, folded; empty words dropped.
QStringList searchTerms(const QString& query);

/// True when every term occurs in folded (a foldForSearch result). No terms matches everything.
bool matchesTerms(const QString& folded, const QStringList& terms);

}  // namespace sohoi::app
