#include "LetterDiff.h"

#include "LetterTemplate.h"
#include "text/Markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dit::letters {

namespace {

QString identity(const LetterSection &s, int index)
{
    if (!s.key.isEmpty())
        return QStringLiteral("k:") + s.key;
    if (!s.heading.trimmed().isEmpty())
        return QStringLiteral("h:") + s.heading.simplified().toCaseFolded();
    return QStringLiteral("i:") + QString::number(index);
}

// Pairs of (before index, after index) along the longest common run of identities, with
// -1 for a section only one side has. Letters have a few dozen sections at most.
QList<std::pair<int, int>> align(const Letter &before, const Letter &after)
{
    const int n = int(before.sections.size());
    const int m = int(after.sections.size());
    QStringList a, b;
    for (int i = 0; i < n; ++i)
        a << identity(before.sections.at(i), i);
    for (int j = 0; j < m; ++j)
        b << identity(after.sections.at(j), j);
    QList<QList<int>> lcs(qsizetype(n) + 1, QList<int>(qsizetype(m) + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] =
                a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<std::pair<int, int>> out;
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out.append({i++, j++});
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.append({-1, j++});
        } else {
            out.append({i++, -1});
        }
    }
    return out;
}

QString styledEscaped(const QString &text)
{
    return text.toHtmlEscaped()
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        .replace(QChar(QChar::LineSeparator), QStringLiteral("<br>"));
}

// Walks the runs: white space at either end of a change stays outside its markers (so
// paragraph breaks survive), and a change of white space alone shows as a pilcrow.
template <typename Plain, typename Inserted, typename Deleted>
QString render(const QList<DiffOp> &ops, Plain plain, Inserted inserted, Deleted deleted)
{
    QString out;
    DiffOp::Type previous = DiffOp::Type::Equal;
    bool previousEndedInSpace = false;
    for (const DiffOp &op : ops) {
        // A deletion straight before an insertion: a space between their markers.
        if (op.type == DiffOp::Type::Insert && previous == DiffOp::Type::Delete &&
            !previousEndedInSpace)
            out += plain(QStringLiteral(" "));
        previous = op.type;
        previousEndedInSpace = !op.text.isEmpty() && op.text.back().isSpace();
        if (op.type == DiffOp::Type::Equal) {
            out += plain(op.text);
            continue;
        }
        qsizetype from = 0, to = op.text.size();
        while (from < to && op.text.at(from).isSpace())
            ++from;
        while (to > from && op.text.at(to - 1).isSpace())
            --to;
        const QString core = op.text.mid(from, to - from);
        if (core.isEmpty()) {
            // Only white space changed (a paragraph break, say): a pilcrow marks where.
            const QString mark(QChar(0x00B6));
            out += op.type == DiffOp::Type::Insert ? inserted(mark) + plain(op.text)
                                                   : deleted(mark) + plain(QStringLiteral(" "));
            continue;
        }
        out += plain(op.text.left(from));
        out += op.type == DiffOp::Type::Insert ? inserted(core) : deleted(core);
        out += plain(op.text.mid(to));
    }
    return out;
}

// The runs of one side: the equal ones as they are, that side's changed ones through
// `changed` (white space around a change, or a change of white space alone, left plain), the
// other side's left out. Equal and Insert runs make the later text, Equal and Delete the
// earlier one.
template <typename Plain, typename Changed>
QString renderSide(const QList<DiffOp> &ops, DiffSide side, Plain plain, Changed changed)
{
    const DiffOp::Type mine = side == DiffSide::Later ? DiffOp::Type::Insert : DiffOp::Type::Delete;
    QString out;
    for (const DiffOp &op : ops) {
        if (op.type == DiffOp::Type::Equal) {
            out += plain(op.text);
            continue;
        }
        if (op.type != mine)
            continue;
        qsizetype from = 0, to = op.text.size();
        while (from < to && op.text.at(from).isSpace())
            ++from;
        while (to > from && op.text.at(to - 1).isSpace())
            --to;
        if (from == to) {
            out += plain(op.text);
            continue;
        }
        out += plain(op.text.left(from)) + changed(op.text.mid(from, to - from)) +
               plain(op.text.mid(to));
    }
    return out;
}

} // namespace

QString sectionPlainText(const LetterSection &section)
{
    auto blocks = text::parse(section.text);
    return blocks ? text::toPlainText(blocks.value()) : section.text;
}

LetterDiff compareLetters(const Letter &before, const Letter &after)
{
    LetterDiff out;
    out.titleBefore = before.title;
    out.titleAfter = after.title;
    for (const auto &[i, j] : align(before, after)) {
        SectionDiff d;
        const QString textBefore = i >= 0 ? sectionPlainText(before.sections.at(i)) : QString();
        const QString textAfter = j >= 0 ? sectionPlainText(after.sections.at(j)) : QString();
        d.headingBefore = i >= 0 ? before.sections.at(i).heading : QString();
        d.headingAfter = j >= 0 ? after.sections.at(j).heading : QString();
        d.ops = diffWords(textBefore, textAfter);
        if (i < 0)
            d.change = SectionDiff::Change::Added;
        else if (j < 0)
            d.change = SectionDiff::Change::Removed;
        else if (textBefore != textAfter || d.headingBefore != d.headingAfter)
            d.change = SectionDiff::Change::Changed;
        for (const DiffOp &op : d.ops) {
            if (op.type == DiffOp::Type::Insert)
                ++out.insertions;
            else if (op.type == DiffOp::Type::Delete)
                ++out.deletions;
        }
        out.sections.append(d);
    }
    return out;
}

QString toMarkedText(const QList<DiffOp> &ops)
{
    return render(
        ops, [](const QString &t) -> QString { return t; },
        [](const QString &core) -> QString {
            return QStringLiteral("[+ ") + core + QStringLiteral(" +]");
        },
        [](const QString &core) -> QString {
            return QStringLiteral("[- ") + core + QStringLiteral(" -]");
        });
}

QString toSpokenText(const QList<DiffOp> &ops)
{
    return render(
        ops, [](const QString &t) -> QString { return t; },
        [](const QString &core) -> QString {
            return QCoreApplication::translate("LetterDiff", "(added: %1)").arg(core);
        },
        [](const QString &core) -> QString {
            return QCoreApplication::translate("LetterDiff", "(removed: %1)").arg(core);
        });
}

QString toStyledText(const QList<DiffOp> &ops, const QString &insertColor,
                     const QString &deleteColor)
{
    // Colours come from the theme; anything that is not a plain #rgb/#rrggbb is dropped.
    static const QRegularExpression colour(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    const QString ins = colour.match(insertColor).hasMatch() ? insertColor : QString();
    const QString del = colour.match(deleteColor).hasMatch() ? deleteColor : QString();
    const auto font = [](const QString &c, const QString &inner) -> QString {
        return c.isEmpty() ? inner : QStringLiteral("<font color=\"%1\">%2</font>").arg(c, inner);
    };
    return render(
        ops, [](const QString &t) -> QString { return styledEscaped(t); },
        [&](const QString &core) -> QString {
            return font(ins, QStringLiteral("<b>[+</b>&nbsp;<u>") + styledEscaped(core) +
                                 QStringLiteral("</u>&nbsp;<b>+]</b>"));
        },
        [&](const QString &core) -> QString {
            return font(del, QStringLiteral("<b>[-</b>&nbsp;<s>") + styledEscaped(core) +
                                 QStringLiteral("</s>&nbsp;<b>-]</b>"));
        });
}

QString toHighlightedText(const QList<DiffOp> &ops, DiffSide side, const QString &tint)
{
    static const QRegularExpression colour(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    const QString open = colour.match(tint).hasMatch()
                             ? QStringLiteral("<span style=\"background-color:%1\">").arg(tint)
                             : QStringLiteral("<span>");
    return renderSide(
        ops, side, [](const QString &t) -> QString { return styledEscaped(t); },
        [&open](const QString &core) -> QString {
            return open + styledEscaped(core) + QStringLiteral("</span>");
        });
}

QString toSpokenText(const QList<DiffOp> &ops, DiffSide side)
{
    return renderSide(
        ops, side, [](const QString &t) -> QString { return t; },
        [side](const QString &core) -> QString {
            return side == DiffSide::Later
                       ? QCoreApplication::translate("LetterDiff", "(new: %1)").arg(core)
                       : QCoreApplication::translate("LetterDiff", "(since changed: %1)").arg(core);
        });
}

} // namespace dit::letters
