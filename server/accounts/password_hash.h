#pragma once
// Passwords are stored only as libsodium's Argon2id string (crypto_pwhash_str, OWASP's setting: 19 MiB
// and two passes per hash), which carries its own salt and costs, so hashes made under an earlier setting
// still verify. Hashes are made and checked one at a time (bounded memory). Thread-safe.
#include <QString>
#include <optional>

namespace sohoi::server {

/// "$argon2id$v=19$m=19456,t=2,p=1$…"; nullopt when the machine lacks the memory for it.
std::optional<QString> hashPassword(const QString& password);
/// Whether password is the one storedHash was made from.
bool verifyPassword(const QString& storedHash, const QString& password);
/// Whether storedHash was made under another setting than hashPassword's (so is worth replacing once the
/// password is known to match).
bool madeUnderOlderSetting(const QString& storedHash);
/// Spends a verification's time and memory on nothing, so that a user name no account has is answered
/// no faster than a wrong password.
void verifyAgainstNothing(const QString& password);

}  // namespace sohoi::server
