#pragma once
// What a user name and a password for desktop sign-in must look like (tài khoản đăng nhập). Shared so the
// app can say so before it asks the server.
#include "domain/rejection.h"

#include <QString>
#include <optional>

namespace sohoi {

constexpr int kMinUsernameLength = 3;
constexpr int kMaxUsernameLength = 64;
constexpr int kMinPasswordLength = 10;
constexpr int kMaxPasswordLength = 1024;  // enough for any passphrase; bounds the work one sign-in costs

/// The user name as stored and looked up: trimmed and lowercased, so "Lan.Nguyen " signs in as "lan.nguyen".
QString normalizedUsername(const QString& username);
/// InvalidField "username" unless normalized is 3–64 characters of a–z, 0–9, ".", "_" and "-".
std::optional<Rejection> usernameProblem(const QString& normalized);
/// InvalidField "password" when it is shorter than 10 characters (or absurdly long).
std::optional<Rejection> passwordProblem(const QString& password);
/// InvalidField "person_name" when the name of a person to enrol is blank or, trimmed, longer than one line
/// may be (kMaxShortText): the workspace asks before the server does, with the same words.
std::optional<Rejection> personNameProblem(const QString& personName);

}  // namespace sohoi
