#include "plan_text.h"

#include <algorithm>

namespace sohoi::plan {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

qsizetype skipSpace(const QByteArray& text, qsizetype i) {
  while (i < text.size() && isSpace(text.at(i))) ++i;
  return i;
}

// The offset just past the string that starts at the quote at i.
qsizetype stringEnd(const QByteArray& text, qsizetype i) {
  qsizetype j = i + 1;
  while (j < text.size() && text.at(j) != '"') j += text.at(j) == '\\' ? 2 : 1;
  return j + 1;
}

}  // namespace

int lineAtOffset(const QByteArray& text, qsizetype offset) {
  offset = std::clamp<qsizetype>(offset, 0, text.size());
  return static_cast<int>(QByteArrayView(text.constData(), offset).count('\n')) + 1;
}

QList<QPair<qsizetype, qsizetype>> arrayElementRanges(const QByteArray& text, const QByteArray& key) {
  QList<QPair<qsizetype, qsizetype>> ranges;
  int depth = 0, arrayDepth = -1;
  qsizetype elementStart = -1;
  QByteArray lastKey;
  qsizetype lastKeyEnd = -1;
  for (qsizetype i = 0; i < text.size();) {
    const char c = text.at(i);
    const bool inArray = arrayDepth > 0;
    if (inArray && depth == arrayDepth && elementStart < 0 && !isSpace(c) && c != ',' && c != ']')
      elementStart = i;
    if (c == '"') {
      const qsizetype end = stringEnd(text, i);
      lastKey = text.mid(i + 1, end - i - 2);
      lastKeyEnd = end;
      i = end;
      continue;
    }
    if (c == '[' && !inArray && depth == 1 && lastKey == key) {
      const qsizetype colon = skipSpace(text, lastKeyEnd);
      if (colon < text.size() && text.at(colon) == ':' && skipSpace(text, colon + 1) == i)
        arrayDepth = depth + 1;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') {
      --depth;
      if (inArray && depth == arrayDepth - 1) {
        if (elementStart >= 0) ranges.append({elementStart, i});
        return ranges;
      }
    }
    if (c == ',' && inArray && depth == arrayDepth) {
      if (elementStart >= 0) ranges.append({elementStart, i});
      elementStart = -1;
    }
    ++i;
  }
  return ranges;
}

int lineOfKey(const QByteArray& text, QPair<qsizetype, qsizetype> range, const QByteArray& key,
              const QByteArray& valueText) {
  const QByteArray quoted = '"' + key + '"';
  qsizetype first = -1;
  for (qsizetype at = text.indexOf(quoted, range.first); at >= 0 && at < range.second;
       at = text.indexOf(quoted, at + 1)) {
    const qsizetype colon = skipSpace(text, at + quoted.size());
    if (colon >= text.size() || text.at(colon) != ':') continue;
    if (first < 0) first = at;
    if (valueText.isEmpty()) break;
    qsizetype lineEnd = text.indexOf('\n', colon);
    if (lineEnd < 0) lineEnd = text.size();
    if (QByteArrayView(text.constData() + colon, lineEnd - colon).contains(valueText))
      return lineAtOffset(text, at);
  }
  return lineAtOffset(text, first >= 0 ? first : range.first);
}

}  // namespace sohoi::plan
