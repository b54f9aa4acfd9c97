#include "multi_row_insert.h"

#include "transaction.h"

#include <QStringList>
#include <bit>
#include <span>

namespace sohoi::server {

namespace {

constexpr size_t kMaxRowsPerStatement = 256;
constexpr size_t kMaxExactRows = 32;  // up to this many rows take one statement of their own size

size_t chunkFor(size_t rowsLeft) {
  return rowsLeft <= kMaxExactRows ? rowsLeft : std::bit_floor(std::min(rowsLeft, kMaxRowsPerStatement));
}

QString statementFor(const QString& insertInto, int columns, size_t rows, const QString& conflictClause) {
  QStringList marks;
  for (int i = 0; i < columns; ++i) marks.append(QStringLiteral("?"));
  const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
  QStringList tuples;
  for (size_t i = 0; i < rows; ++i) tuples.append(row);
  QString text = insertInto + QStringLiteral(" VALUES ") + tuples.join(QStringLiteral(", "));
  if (!conflictClause.isEmpty()) text += QLatin1Char(' ') + conflictClause;
  return text;
}

}  // namespace

void insertRows(Transaction& tx, const QString& insertInto, int columns, const std::vector<QVariant>& values,
                const QString& conflictClause) {
  const auto width = static_cast<size_t>(columns);
  size_t row = 0;
  const size_t rows = values.size() / width;
  while (row < rows) {
    const size_t chunk = chunkFor(rows - row);
    tx.write(statementFor(insertInto, columns, chunk, conflictClause),
             std::span(values).subspan(row * width, chunk * width));
    row += chunk;
  }
}

}  // namespace sohoi::server
