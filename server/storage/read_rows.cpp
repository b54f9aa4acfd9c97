#include "read_rows.h"

#include <cstdlib>
#include <libpq-fe.h>

namespace sohoi::server {

namespace {
// PostgreSQL's type oids (pg_type.oid, fixed for built-in types; the server headers that name them are not
// libpq's).
constexpr Oid kBoolean = 16, kBigInteger = 20, kSmallInteger = 21, kInteger = 23;
}  // namespace

bool ReadRows::next() {
  if (query_) return query_->next();
  ++row_;
  while (result_ < results_.size() && row_ >= PQntuples(results_[result_].get())) {
    ++result_;
    row_ = 0;
  }
  return result_ < results_.size();
}

QVariant ReadRows::value(int column) const {
  if (query_) return query_->value(column);
  const pg_result* result = results_[result_].get();
  if (PQgetisnull(result, row_, column)) return QVariant();
  const char* text = PQgetvalue(result, row_, column);
  // As Qt's driver types them; as text, "f" would read as true.
  switch (PQftype(result, column)) {
    case kBoolean: return text[0] == 't';
    case kSmallInteger:
    case kInteger: return static_cast<int>(std::strtol(text, nullptr, 10));
    case kBigInteger: return static_cast<qlonglong>(std::strtoll(text, nullptr, 10));
    default: return QString::fromUtf8(text, PQgetlength(result, row_, column));
  }
}

}  // namespace sohoi::server
