#include "WordDiff.h"

#include <QHash>

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
bool myers(const QList<int> &a, const QList<int> &b, const QStringList &aTokens,
           const QStringList &bTokens, qsizetype aOffset, qsizetype bOffset, QList<DiffOp> &out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, kMaxEdits);
    QList<int> v(2 * qsizetype(max) + 3, 0);
    const int off = max + 1;
    QList<QList<int>> trace; // trace[d]: v[-d-1 .. d+1] before step d
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.append(v.mid(off - d - 1, 2 * d + 3));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1]
                                                                             : v[off + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[off + k] = x;
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
        const QList<int> &t = trace[d];
        const auto at = [&](int k) {
            return t[k + d + 1];
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
        QList<int> out;
        out.reserve(tokens.size());
        for (const QString &t : tokens) {
            auto it = ids.constFind(t);
            if (it == ids.constEnd())
                it = ids.insert(t, int(ids.size()));
            out.append(it.value());
        }
        return out;
    };
    const QList<int> ia = idsOf(a);
    const QList<int> ib = idsOf(b);

    // The common start and end need no search.
    qsizetype prefix = 0;
    while (prefix < ia.size() && prefix < ib.size() && ia[prefix] == ib[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < ia.size() - prefix && suffix < ib.size() - prefix &&
           ia[ia.size() - 1 - suffix] == ib[ib.size() - 1 - suffix])
        ++suffix;

    QList<DiffOp> ops;
    for (qsizetype i = 0; i < prefix; ++i)
        append(ops, DiffOp::Type::Equal, a.at(i));
    const QList<int> midA = ia.mid(prefix, ia.size() - prefix - suffix);
    const QList<int> midB = ib.mid(prefix, ib.size() - prefix - suffix);
    if (!myers(midA, midB, a, b, prefix, prefix, ops)) {
        QString del, ins;
        for (qsizetype i = 0; i < midA.size(); ++i)
            del += a.at(prefix + i);
        for (qsizetype i = 0; i < midB.size(); ++i)
            ins += b.at(prefix + i);
        append(ops, DiffOp::Type::Delete, del);
        append(ops, DiffOp::Type::Insert, ins);
    }
    for (qsizetype i = 0; i < suffix; ++i)
        append(ops, DiffOp::Type::Equal, a.at(a.size() - suffix + i));
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
