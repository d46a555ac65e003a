// The Markdown subset (text/Markdown) used for psychoeducation and letters: whatever it
// accepts renders to StyledText whose only markup is <b> and <i> (everything else escaped),
// so content can never inject other rich text into a QML Text.
#include "FuzzSupport.h"
#include "text/Markdown.h"

#include <QRegularExpression>

using namespace dit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto blocks = text::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    fuzz::note(blocks.ok());
    if (!blocks)
        return 0;
    static const QRegularExpression allowedTags(QStringLiteral("</?[bi]>"));
    for (const text::Block &b : blocks.value()) {
        QString styled = text::toStyledText(b.markup);
        styled.remove(allowedTags);
        if (styled.contains(QLatin1Char('<')) || styled.contains(QLatin1Char('>')))
            fuzz::broken();
        (void)text::toPlainText(b.markup);
        if (b.type == text::Block::Type::Heading && (b.level < 1 || b.level > 3))
            fuzz::broken();
    }
    (void)text::toPlainText(blocks.value());
    return 0;
}
