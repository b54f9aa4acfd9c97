#include "text_folding.h"

namespace sohoi::app {

QString foldForSearch(const QString& text) {
  // NFD splits "ễ" into "e" + circumflex + tilde; dropping the marks leaves the base letter. "đ" is a letter
  // of its own (no decomposition), so it is mapped by hand, as Vietnamese readers expect.
  const QString decomposed = text.normalized(QString::NormalizationForm_D);
  QString folded;
  folded.reserve(decomposed.size());
  for (const QChar c : decomposed) {
    if (c.category() == QChar::Mark_NonSpacing) continue;
    if (c == QChar(0x0111) || c == QChar(0x0110)) {
      folded.append(QLatin1Char('d'));
      continue;
    }
    folded.append(c.toCaseFolded());
  }
  return folded;
}

QStringList searchTerms(const QString& query) {
  return foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matchesTerms(const QString& folded, const QStringList& terms) {
  for (const QString& term : terms)
    if (!folded.contains(term)) return false;
  return true;
}

}  // namespace sohoi::app
