#pragma once
// Finding lines in a plan file's text, so that a refusal says where to look. QJsonDocument keeps no
// positions, so the text is scanned a second time: for the byte range of each element of a top-level
// array, and for the line of a key (and value) inside such a range.
#include <QByteArray>
#include <QList>
#include <QPair>

namespace sohoi::plan {

/// The 1-based line of a byte offset.
int lineAtOffset(const QByteArray& text, qsizetype offset);

/// [start, end) byte ranges of the elements of the array under key in the top-level object; empty when
/// there is no such array. Tolerates anything QJsonDocument accepted.
QList<QPair<qsizetype, qsizetype>> arrayElementRanges(const QByteArray& text, const QByteArray& key);

/// The line of `"key":` inside [start, end), preferring one whose value (on the same line) contains
/// valueText; the line of start when the key is not there.
int lineOfKey(const QByteArray& text, QPair<qsizetype, qsizetype> range, const QByteArray& key,
              const QByteArray& valueText = {});

}  // namespace sohoi::plan
