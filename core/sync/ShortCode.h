#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace dit::sync {

// The short pairing code (docs/SYNC.md, "Short code"): 12 random Crockford base32 symbols
// (60 bits) and a check symbol, typed as "K7M2-9QXD-4TAB-R". It carries nothing itself: it
// finds and opens the pairing payload the tablet left on the server (Rendezvous).
// The check symbol is a CRC-5 (x^5 + x^2 + 1) over the 60 bits: it catches every single
// wrong symbol (a burst of at most 5 bits), so a slip is caught before the server is asked.
class ShortCode
{
public:
    static constexpr int kSymbols = 12;

    static ShortCode generate();
    // Forgives case, spaces, dashes and O/I/L as 0/1/1, like the long code.
    static Result<ShortCode> parse(const QString &text);
    // The text has the short code's length (13 symbols without separators); the long code
    // is always much longer, so this tells which of the two a person typed.
    static bool isShortForm(const QString &text);

    // Three groups of four and the check symbol, e.g. "K7M2-9QXD-4TAB-B". Holds the secret:
    // callers wipe it (wipeString).
    QString typed() const;
    // The 12 symbols, canonical (capitals, no look-alikes): what the key derivation reads.
    const SecretBytes &symbols() const { return m_symbols; }
    bool isEmpty() const { return m_symbols.isEmpty(); }

private:
    SecretBytes m_symbols;
};

} // namespace dit::sync
