#pragma once
// Bearer secrets made by the server (device credentials, session tokens): 32 random bytes from the
// system's generator, base64url. Only their SHA-256 is stored, so a copied database opens nothing.
#include <QString>

namespace sohoi::server {

/// 32 random bytes as unpadded base64url (43 characters of A–Z a–z 0–9 - _).
QString randomToken();
/// The stored form of a token: its SHA-256 in hex.
QString tokenHash(const QString& token);

}  // namespace sohoi::server
