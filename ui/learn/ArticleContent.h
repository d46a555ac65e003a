#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace dit {

// One piece, ready to show: its title and its blocks. Made by Library.open(); owned by
// the page that shows it. Each block is {kind: "heading"|"paragraph"|"bullet"|"numbered"|
// "quote", level, text (StyledText: <b>, <i>, escaped), plain (for screen readers)}.
class ArticleContent : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Library.open(id)")

    Q_PROPERTY(QString articleId READ articleId CONSTANT)
    Q_PROPERTY(bool found READ found CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString summary READ summary CONSTANT)
    Q_PROPERTY(QString minutesText READ minutesText CONSTANT)
    Q_PROPERTY(QVariantList blocks READ blocks CONSTANT)

public:
    struct Data
    {
        QString id;
        bool found = false;
        QString title;
        QString summary;
        QString minutesText;
        QVariantList blocks;
    };
    explicit ArticleContent(Data data, QObject *parent = nullptr)
        : QObject(parent), m_data(std::move(data))
    {}

    QString articleId() const { return m_data.id; }
    bool found() const { return m_data.found; }
    QString title() const { return m_data.title; }
    QString summary() const { return m_data.summary; }
    QString minutesText() const { return m_data.minutesText; }
    QVariantList blocks() const { return m_data.blocks; }

private:
    Data m_data;
};

} // namespace dit
