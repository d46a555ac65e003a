#include "WordDiff.h"

#include <QHash>

#include <vector>

namespace dit::letters {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool joinsWord(const QString &text, qsizetype i)
{
    // An apostrophe or hyphen between two word characters stays inside the word.
    const QChar c = text.at(i);
    const bool joiner = c == u'\'' || c == QChar(0x2019) || c == u'-';
    return joiner && i > 0 && i + 1 < text.size() && isWordChar(text.at(i - 1)) &&
           isWordChar(text.at(i + 1));
}

void append(QList<DiffOp> &ops, DiffOp::Type type, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!ops.isEmpty() && ops.last().type == type)
        ops.last().text += text;
    else
        ops.append({type, text});
}

// Myers' greedy algorithm; ops come out in reverse and are reversed at the end. Returns
// false if more than kMaxEdits edits would be needed.
bool myers(const std::vector<int> &a, const std::vector<int> &b, const QStringList &aTokens,
           const QStringList &bTokens, qsizetype aOffset, qsizetype bOffset, QList<DiffOp> &out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, kMaxEdits);
    std::vector<int> v(size_t(2 * max + 3), 0);
    const int off = max + 1;
    std::vector<std::vector<int>> trace; // trace[d]: v[-d-1 .. d+1] before step d
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.emplace_back(v.begin() + (off - d - 1), v.begin() + (off + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(off + k - 1)] < v[size_t(off + k + 1)]))
                        ? v[size_t(off + k + 1)]
                        : v[size_t(off + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(off + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    QList<DiffOp> rev;
    int x = n, y = m;
    for (int d = found; d >= 0; --d) {
        const std::vector<int> &t = trace[size_t(d)];
        const auto at = [&](int k) {
            return t[size_t(k + d + 1)];
        };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            rev.append({DiffOp::Type::Equal, aTokens.at(aOffset + x - 1)});
            --x;
            --y;
        }
        if (d > 0) {
            if (x == prevX)
                rev.append({DiffOp::Type::Insert, bTokens.at(bOffset + y - 1)});
            else
                rev.append({DiffOp::Type::Delete, aTokens.at(aOffset + x - 1)});
        }
        x = prevX;
        y = prevY;
    }
    for (auto it = rev.crbegin(); it != rev.crend(); ++it)
        append(out, it->type, it->text);
    return true;
}

// A lone white-space run between two changes joins them, so "[-a b-][+c d+]" reads as
// one rewrite rather than "[-a-][+c-] [-b-][+d+]".
QList<DiffOp> foldSpaces(const QList<DiffOp> &ops)
{
    QList<DiffOp> out;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const DiffOp &op = ops.at(i);
        const bool between = i > 0 && i + 1 < ops.size() &&
                             ops.at(i - 1).type != DiffOp::Type::Equal &&
                             ops.at(i + 1).type != DiffOp::Type::Equal;
        if (op.type == DiffOp::Type::Equal && between && op.text.trimmed().isEmpty()) {
            // Give the space to both sides, then regroup deletions before insertions.
            QString del, ins;
            while (!out.isEmpty() && out.last().type != DiffOp::Type::Equal) {
                const DiffOp last = out.takeLast();
                (last.type == DiffOp::Type::Delete ? del : ins).prepend(last.text);
            }
            del += op.text;
            ins += op.text;
            while (i + 1 < ops.size() && ops.at(i + 1).type != DiffOp::Type::Equal) {
                ++i;
                (ops.at(i).type == DiffOp::Type::Delete ? del : ins) += ops.at(i).text;
            }
            if (del == ins) {
                append(out, DiffOp::Type::Equal, del);
                continue;
            }
            append(out, DiffOp::Type::Delete, del);
            append(out, DiffOp::Type::Insert, ins);
            continue;
        }
        append(out, op.type, op.text);
    }
    return out;
}

} // namespace

QStringList wordTokens(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            while (i < text.size() && (isWordChar(text.at(i)) || joinsWord(text, i)))
                ++i;
        } else if (c.isSpace()) {
            while (i < text.size() && text.at(i).isSpace())
                ++i;
        } else {
            ++i;
            if (c.isHighSurrogate() && i < text.size() && text.at(i).isLowSurrogate())
                ++i;
        }
        out << text.mid(start, i - start);
    }
    return out;
}

QList<DiffOp> diffWords(const QString &before, const QString &after)
{
    const QStringList a = wordTokens(before);
    const QStringList b = wordTokens(after);
    // Tokens as numbers, so comparing is cheap.
    QHash<QString, int> ids;
    const auto idsOf = [&ids](const QStringList &tokens) {
        std::vector<int> out;
        out.reserve(size_t(tokens.size()));
        for (const QString &t : tokens) {
            auto it = ids.constFind(t);
            if (it == ids.constEnd())
                it = ids.insert(t, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> ia = idsOf(a);
    const std::vector<int> ib = idsOf(b);

    // The common start and end need no search.
    size_t prefix = 0;
    while (prefix < ia.size() && prefix < ib.size() && ia[prefix] == ib[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < ia.size() - prefix && suffix < ib.size() - prefix &&
           ia[ia.size() - 1 - suffix] == ib[ib.size() - 1 - suffix])
        ++suffix;

    QList<DiffOp> ops;
    for (size_t i = 0; i < prefix; ++i)
        append(ops, DiffOp::Type::Equal, a.at(qsizetype(i)));
    const std::vector<int> midA(ia.begin() + qsizetype(prefix), ia.end() - qsizetype(suffix));
    const std::vector<int> midB(ib.begin() + qsizetype(prefix), ib.end() - qsizetype(suffix));
    if (!myers(midA, midB, a, b, qsizetype(prefix), qsizetype(prefix), ops)) {
        QString del, ins;
        for (size_t i = 0; i < midA.size(); ++i)
            del += a.at(qsizetype(prefix + i));
        for (size_t i = 0; i < midB.size(); ++i)
            ins += b.at(qsizetype(prefix + i));
        append(ops, DiffOp::Type::Delete, del);
        append(ops, DiffOp::Type::Insert, ins);
    }
    for (size_t i = 0; i < suffix; ++i)
        append(ops, DiffOp::Type::Equal, a.at(a.size() - qsizetype(suffix) + qsizetype(i)));
    return foldSpaces(ops);
}

QString diffBefore(const QList<DiffOp> &ops)
{
    QString out;
    for (const DiffOp &op : ops)
        if (op.type != DiffOp::Type::Insert)
            out += op.text;
    return out;
}

QString diffAfter(const QList<DiffOp> &ops)
{
    QString out;
    for (const DiffOp &op : ops)
        if (op.type != DiffOp::Type::Delete)
            out += op.text;
    return out;
}

} // namespace dit::letters
