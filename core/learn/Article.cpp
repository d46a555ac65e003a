#include "Article.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace dit {

namespace {

Error lineError(int line, const QString &what)
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("Learn", "line %1: %2").arg(line).arg(what));
}

const QStringList &allowedKeys()
{
    static const QStringList keys = {QStringLiteral("title"), QStringLiteral("summary"),
                                     QStringLiteral("phases"), QStringLiteral("order"),
                                     QStringLiteral("minutes")};
    return keys;
}

// A whole number in [low, high], or -1.
int boundedInt(const QString &text, int low, int high)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    if (!digits.match(text).hasMatch())
        return -1;
    const int v = text.toInt();
    return v >= low && v <= high ? v : -1;
}

int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

} // namespace

bool Article::belongsTo(const QString &stage) const
{
    return phases.contains(stage) || phases.contains(QStringLiteral("all"));
}

namespace learn {

QStringList stages()
{
    return {QStringLiteral("initial"), QStringLiteral("middle"), QStringLiteral("ending"),
            QStringLiteral("after")};
}

bool isValidArticleId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

Result<Article> parseArticle(const QString &id, const QByteArray &bytes)
{
    if (!isValidArticleId(id))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Learn",
                             "the file name must be lowercase letters, digits and hyphens, "
                             "ending in .md"));
    if (bytes.size() > kMaxFileBytes)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Learn", "the file is larger than %1 KB")
                             .arg(kMaxFileBytes / 1024));
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString source = decode(bytes);
    if (decode.hasError())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Learn", "the file is not valid UTF-8 text"));
    if (source.startsWith(QChar(0xfeff)))
        source.remove(0, 1);
    const QStringList lines =
        source.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));

    // Front matter: "---", "key: value" lines, "---".
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return lineError(
            1, QCoreApplication::translate(
                   "Learn", "the file must start with front matter between two --- lines"));
    static const QRegularExpression keyValue(QStringLiteral("^([a-z]+):\\s*(.*)$"));
    QHash<QString, QString> fields;
    qsizetype end = -1;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line == QLatin1String("---")) {
            end = n;
            break;
        }
        if (line.isEmpty())
            continue;
        const auto m = keyValue.match(line);
        if (!m.hasMatch())
            return lineError(int(n) + 1,
                             QCoreApplication::translate(
                                 "Learn", "front matter lines look like \"key: value\""));
        const QString key = m.captured(1);
        if (!allowedKeys().contains(key))
            return lineError(
                int(n) + 1, QCoreApplication::translate("Learn", "unknown key \"%1\" (allowed: %2)")
                                .arg(key, allowedKeys().join(QStringLiteral(", "))));
        if (fields.contains(key))
            return lineError(
                int(n) + 1, QCoreApplication::translate("Learn", "\"%1\" is given twice").arg(key));
        QString value = m.captured(2).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2).trimmed(); // optional YAML-style quotes
        fields.insert(key, value);
    }
    if (end < 0)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Learn", "the front matter has no closing --- line"));
    for (const QString &key : allowedKeys())
        if (fields.value(key).isEmpty())
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate("Learn", "the front matter needs \"%1\"").arg(key));

    Article a;
    a.id = id;
    a.title = fields.value(QStringLiteral("title"));
    a.summary = fields.value(QStringLiteral("summary"));
    if (a.title.size() > kMaxTitle)
        return makeError(ErrorCode::BadInput, QCoreApplication::translate(
                                                  "Learn", "the title is longer than %1 characters")
                                                  .arg(kMaxTitle));
    if (a.summary.size() > kMaxSummary)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Learn", "the summary is longer than %1 characters")
                .arg(kMaxSummary));
    a.order = boundedInt(fields.value(QStringLiteral("order")), 1, kMaxOrder);
    if (a.order < 0)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Learn", "order must be a whole number from 1 to %1")
                .arg(kMaxOrder));
    a.minutes = boundedInt(fields.value(QStringLiteral("minutes")), 1, kMaxMinutes);
    if (a.minutes < 0)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Learn", "minutes must be a whole number from 1 to %1")
                .arg(kMaxMinutes));
    const QStringList phaseNames = stages() + QStringList{QStringLiteral("all")};
    for (const QString &p : fields.value(QStringLiteral("phases")).split(u',')) {
        const QString phase = p.trimmed();
        if (!phaseNames.contains(phase))
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate("Learn", "phases must be from: %1 (found \"%2\")")
                    .arg(phaseNames.join(QStringLiteral(", ")), phase));
        if (a.phases.contains(phase))
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate("Learn", "phase \"%1\" is listed twice").arg(phase));
        a.phases << phase;
    }

    // The body keeps its line numbers: front matter lines become blank lines.
    QStringList body = lines;
    for (qsizetype n = 0; n <= end; ++n)
        body[n].clear();
    for (qsizetype n = end + 1; n < body.size(); ++n)
        if (body.at(n).startsWith(QLatin1String("# ")))
            return lineError(int(n) + 1,
                             QCoreApplication::translate(
                                 "Learn", "use ## or ### for headings; the title comes from "
                                          "the front matter"));
    auto blocks = text::parse(body.join(u'\n'));
    if (!blocks)
        return blocks.error();
    if (blocks.value().isEmpty())
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Learn", "the piece has no text after the front matter"));
    a.blocks = blocks.value();
    a.plainText = text::toPlainText(a.blocks);

    const int words = wordCount(a.title + u' ' + a.summary + u' ' + a.plainText);
    const int expected = std::max(1, int(std::lround(double(words) / kWordsPerMinute)));
    const int fastest = std::max(1, int(std::ceil(double(words) / (kWordsPerMinute * 2))));
    const int slowest = std::max(2, int(std::ceil(double(words) / (kWordsPerMinute / 2.0))));
    if (a.minutes < fastest || a.minutes > slowest)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Learn", "minutes says %1, but the text has %2 words: about %3 at an "
                                      "unhurried %4 words a minute")
                             .arg(a.minutes)
                             .arg(words)
                             .arg(expected)
                             .arg(kWordsPerMinute));
    return a;
}

} // namespace learn
} // namespace dit
