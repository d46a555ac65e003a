#include "Search.h"

namespace dit::text {

namespace {
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

QStringList words(const QString &folded)
{
    QStringList out;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}
} // namespace

QStringList searchTokens(const QString &query)
{
    constexpr int kMaxTokens = 8; // a search box, not a document
    QStringList tokens = words(fold(query));
    tokens.removeDuplicates();
    if (tokens.size() > kMaxTokens)
        tokens.resize(kMaxTokens);
    return tokens;
}

QString ftsPrefixQuery(const QStringList &tokens)
{
    QStringList parts;
    for (const QString &t : tokens)
        parts << u'"' + t + QStringLiteral("*\""); // letters and digits only: nothing to escape
    return parts.join(u' ');
}

bool matchesAllPrefixes(const QString &text, const QStringList &tokens)
{
    if (tokens.isEmpty())
        return true;
    const QStringList haystack = words(fold(text));
    for (const QString &t : tokens) {
        bool found = false;
        for (const QString &w : haystack) {
            if (w.startsWith(t)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace dit::text
