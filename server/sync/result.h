#pragma once
// A value or the reason it could not be had: what the sync layer returns across its boundary.
#include "domain/rejection.h"

#include <optional>
#include <utility>

namespace sohoi::server {

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                 // NOLINT: implicit by design
  Result(Rejection rejection) : rejection_(std::move(rejection)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  /// REQUIRES: ok().
  const T& value() const { return *value_; }
  T& value() { return *value_; }
  /// REQUIRES: !ok().
  const Rejection& error() const { return rejection_; }

 private:
  std::optional<T> value_;
  Rejection rejection_;
};

}  // namespace sohoi::server
