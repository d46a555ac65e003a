#pragma once

#include <QList>
#include <QPointF>
#include <QQuickItem>
#include <QRectF>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace dit {

// Where everything in a ScoreChart goes, worked out in one pass from one entry of
// chartSeriesFor() and the chart's size and font: the plot area, the severity bands, the
// line through the totals, each total's label and the clinical cut-off line with its name.
// ScoreChart.qml only draws what this hands it (docs/ARCHITECTURE.md, "Charts").
//
// A total's label is put where it touches neither the line, the cut-off line and its name,
// another point nor another label: above its point, else below, else beside it diagonally.
// Where no place is free the label is left out (the page's table lists every total). A band's
// name goes inside the band at the left, else at its right, where nothing else is.
//
// Its size is the chart's (an Item with nothing to draw). Made in QML, it lays out when the
// window polishes its items before a frame, once for all the inputs and sizes that changed
// since the last frame: a chart's width passes through its card's natural width before the
// page's layout gives it its own, and with ten years of totals each layout costs
// (docs/PERFORMANCE.md). Made in C++ (tests), it lays out at each change.
class ChartLayout : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap series READ series WRITE setSeries NOTIFY inputChanged)
    Q_PROPERTY(qreal digitWidth READ digitWidth WRITE setDigitWidth NOTIFY inputChanged)
    Q_PROPERTY(qreal textHeight READ textHeight WRITE setTextHeight NOTIFY inputChanged)
    Q_PROPERTY(
        qreal cutOffLabelWidth READ cutOffLabelWidth WRITE setCutOffLabelWidth NOTIFY inputChanged)
    Q_PROPERTY(QVariantList bandLabelWidths READ bandLabelWidths WRITE setBandLabelWidths NOTIFY
                   inputChanged)

    Q_PROPERTY(QRectF plot READ plot NOTIFY laidOut)
    Q_PROPERTY(QList<QPointF> line READ line NOTIFY laidOut)
    Q_PROPERTY(QString markers READ markers NOTIFY laidOut)
    Q_PROPERTY(QVariantList labels READ labels NOTIFY laidOut)
    Q_PROPERTY(QVariantList bands READ bands NOTIFY laidOut)
    Q_PROPERTY(QVariantList sessionTicks READ sessionTicks NOTIFY laidOut)
    Q_PROPERTY(QVariantList totalTicks READ totalTicks NOTIFY laidOut)
    Q_PROPERTY(bool hasCutOff READ hasCutOff NOTIFY laidOut)
    Q_PROPERTY(qreal cutOffY READ cutOffY NOTIFY laidOut)
    Q_PROPERTY(QRectF cutOffLabel READ cutOffLabel NOTIFY laidOut)
    Q_PROPERTY(int labelsShown READ labelsShown NOTIFY laidOut)

public:
    explicit ChartLayout(QQuickItem *parent = nullptr);

    // The marker's radius and the room kept between a label and anything it must not touch.
    static constexpr qreal kMarkerRadius = 5;
    static constexpr qreal kGap = 3;

    QVariantMap series() const { return m_series; }
    void setSeries(const QVariantMap &series);
    qreal digitWidth() const { return m_digitWidth; }
    void setDigitWidth(qreal width);
    qreal textHeight() const { return m_textHeight; }
    void setTextHeight(qreal height);
    qreal cutOffLabelWidth() const { return m_cutOffLabelWidth; }
    void setCutOffLabelWidth(qreal width);
    QVariantList bandLabelWidths() const { return m_bandLabelWidths; }
    void setBandLabelWidths(const QVariantList &widths);

    QRectF plot() const { return m_plot; }
    QList<QPointF> line() const { return m_line; }
    // A marker on every total, as one SVG path of circles (drawn by the chart's Shape in one
    // go, not as an item each: docs/PERFORMANCE.md).
    QString markers() const { return m_markers; }
    // The totals written by their markers, only those shown: [{x, y, width, height, total}]
    QVariantList labels() const { return m_labels; }
    // [{y, height, label, severity (0 = the lowest band), labelShown, labelX, labelY}]
    QVariantList bands() const { return m_bands; }
    QVariantList sessionTicks() const { return m_sessionTicks; } // [{x, text}]
    QVariantList totalTicks() const { return m_totalTicks; }     // [{y, text}]
    bool hasCutOff() const { return m_hasCutOff; }
    qreal cutOffY() const { return m_cutOffY; }
    QRectF cutOffLabel() const { return m_cutOffLabel; }
    int labelsShown() const { return m_labelsShown; }

    // The label boxes, for tests: empty where a label is left out.
    QList<QRectF> labelRects() const { return m_labelRects; }

Q_SIGNALS:
    void inputChanged();
    void laidOut();

protected:
    void classBegin() override;
    void componentComplete() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void updatePolish() override;

private:
    void changed();
    void layOut();
    void setInput(qreal &field, qreal value);

    bool m_byQml = false; // made by QML: lays out when polished, not at each change
    QVariantMap m_series;
    qreal m_digitWidth = 8;
    qreal m_textHeight = 16;
    qreal m_cutOffLabelWidth = 0;
    QVariantList m_bandLabelWidths;

    QRectF m_plot;
    QList<QPointF> m_line;
    QString m_markers;
    QVariantList m_labels;
    QVariantList m_bands;
    QVariantList m_sessionTicks;
    QVariantList m_totalTicks;
    bool m_hasCutOff = false;
    qreal m_cutOffY = 0;
    QRectF m_cutOffLabel;
    int m_labelsShown = 0;
    QList<QRectF> m_labelRects;
};

} // namespace dit
