#include "ChartLayout.h"

#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace dit {

namespace {

bool segmentTouches(const QLineF &segment, const QRectF &rect)
{
    // Far from the rectangle (most segments, for any one label): no need to intersect.
    const QRectF box = QRectF(segment.p1(), segment.p2()).normalized();
    if (box.right() < rect.left() || box.left() > rect.right() || box.bottom() < rect.top() ||
        box.top() > rect.bottom())
        return false;
    if (rect.contains(segment.p1()) || rect.contains(segment.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges), [&](const QLineF &edge) {
        return segment.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

// What a label must not touch: the lines (the totals and the cut-off) and the boxes of the
// points, the cut-off's name and the labels already placed. Each is filed under the columns
// of the chart it spans, so a place is checked only against what shares a column with it:
// with ten years of totals, checking every place against every line and box was most of a
// layout (docs/PERFORMANCE.md). The answers are the same as checking them all.
class Obstacles
{
public:
    void addLine(const QLineF &line)
    {
        m_lines.append(line);
        file(m_lineCells, std::min(line.x1(), line.x2()), std::max(line.x1(), line.x2()),
             m_lines.size() - 1);
    }
    void addBox(const QRectF &box)
    {
        m_boxes.append(box);
        file(m_boxCells, box.left(), box.right(), m_boxes.size() - 1);
    }

    bool touch(const QRectF &rect) const { return touchLine(rect) || touchBox(rect); }
    bool touchLine(const QRectF &rect) const
    {
        const QRectF padded = rect.adjusted(-1, -1, 1, 1);
        for (int c = cell(padded.left()); c <= cell(padded.right()); ++c)
            for (qsizetype i : m_lineCells.value(c))
                if (segmentTouches(m_lines.at(i), padded))
                    return true;
        return false;
    }
    bool touchBox(const QRectF &rect) const
    {
        const QRectF padded = rect.adjusted(-1, -1, 1, 1);
        for (int c = cell(padded.left()); c <= cell(padded.right()); ++c)
            for (qsizetype i : m_boxCells.value(c))
                if (m_boxes.at(i).intersects(padded))
                    return true;
        return false;
    }

private:
    static constexpr qreal kColumn = 32;
    static int cell(qreal x) { return int(std::floor(x / kColumn)); }
    static void file(QHash<int, QList<qsizetype>> &cells, qreal left, qreal right, qsizetype i)
    {
        for (int c = cell(left); c <= cell(right); ++c)
            cells[c].append(i);
    }

    QList<QLineF> m_lines;
    QList<QRectF> m_boxes;
    QHash<int, QList<qsizetype>> m_lineCells;
    QHash<int, QList<qsizetype>> m_boxCells;
};

} // namespace

ChartLayout::ChartLayout(QQuickItem *parent) : QQuickItem(parent)
{
    connect(this, &ChartLayout::inputChanged, this, &ChartLayout::changed);
}

void ChartLayout::classBegin()
{
    QQuickItem::classBegin();
    m_byQml = true;
}

void ChartLayout::componentComplete()
{
    QQuickItem::componentComplete();
    polish();
}

void ChartLayout::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        changed();
}

void ChartLayout::updatePolish()
{
    layOut();
}

void ChartLayout::changed()
{
    if (!m_byQml)
        layOut();
    else if (isComponentComplete())
        polish();
}

void ChartLayout::setSeries(const QVariantMap &series)
{
    m_series = series;
    Q_EMIT inputChanged();
}

void ChartLayout::setInput(qreal &field, qreal value)
{
    if (qFuzzyCompare(field, value))
        return;
    field = value;
    Q_EMIT inputChanged();
}

void ChartLayout::setDigitWidth(qreal width)
{
    setInput(m_digitWidth, width);
}
void ChartLayout::setTextHeight(qreal height)
{
    setInput(m_textHeight, height);
}
void ChartLayout::setCutOffLabelWidth(qreal width)
{
    setInput(m_cutOffLabelWidth, width);
}

void ChartLayout::setBandLabelWidths(const QVariantList &widths)
{
    if (widths == m_bandLabelWidths)
        return;
    m_bandLabelWidths = widths;
    Q_EMIT inputChanged();
}

void ChartLayout::layOut()
{
    m_plot = {};
    m_line.clear();
    m_markers.clear();
    m_labels.clear();
    m_bands.clear();
    m_sessionTicks.clear();
    m_totalTicks.clear();
    m_hasCutOff = false;
    m_cutOffY = 0;
    m_cutOffLabel = {};
    m_labelsShown = 0;
    m_labelRects.clear();

    const QVariantList points = m_series.value(QStringLiteral("points")).toList();
    const int maximum = m_series.value(QStringLiteral("maximum")).toInt();
    if (points.isEmpty() || maximum <= 0 || width() <= 0 || height() <= 0) {
        Q_EMIT laidOut();
        return;
    }
    const qreal th = m_textHeight;
    const qreal dw = m_digitWidth;
    const qreal left = dw * 2 + 8;                   // the totals' numbers
    const qreal top = th + 2 * kGap + kMarkerRadius; // a label above the highest point
    const qreal right = dw + kGap;
    const qreal bottom = th + 6; // the session numbers
    m_plot = QRectF(left, top, std::max<qreal>(1, width() - left - right),
                    std::max<qreal>(1, height() - top - bottom));
    const auto yFor = [&](qreal value) {
        return m_plot.bottom() - m_plot.height() * std::clamp<qreal>(value, 0, maximum) / maximum;
    };
    const int first = points.first().toMap().value(QStringLiteral("session")).toInt();
    const int last = points.last().toMap().value(QStringLiteral("session")).toInt();
    const qreal inset = std::min(m_plot.width() / 4, dw * 2 + kMarkerRadius);
    const qreal step = last > first ? (m_plot.width() - 2 * inset) / (last - first) : 0;
    const auto xFor = [&](int session) {
        return last > first ? m_plot.left() + inset + step * (session - first)
                            : m_plot.center().x();
    };

    // Bands meet half-way between two totals: 9.5 between "Mild" (5-9) and "Moderate" (10-14).
    const QVariantList bands = m_series.value(QStringLiteral("bands")).toList();
    QList<QRectF> bandRects;
    for (const QVariant &band : bands) {
        const QVariantMap b = band.toMap();
        const int min = b.value(QStringLiteral("min")).toInt();
        const int max = b.value(QStringLiteral("max")).toInt();
        const qreal bandTop = yFor(max >= maximum ? max : max + 0.5);
        const qreal bandBottom = yFor(min <= 0 ? 0 : min - 0.5);
        bandRects.append(QRectF(m_plot.left(), bandTop, m_plot.width(), bandBottom - bandTop));
    }
    qreal lastTickY = -1e9;
    // The totals written at the foot of each band and at the top, where there is room.
    QList<int> tickValues;
    for (const QVariant &b : bands)
        tickValues.append(b.toMap().value(QStringLiteral("min")).toInt());
    tickValues.append(maximum);
    for (auto it = tickValues.crbegin(); it != tickValues.crend(); ++it) {
        const qreal y = yFor(*it);
        if (y - lastTickY < th)
            continue;
        m_totalTicks.append(QVariantMap{{QStringLiteral("y"), y}, {QStringLiteral("text"), *it}});
        lastTickY = y;
    }

    // Session numbers, every k-th where writing each would crowd them.
    const qreal numberWidth = dw * qreal(QString::number(last).size()) + dw;
    const int every = step > 0 ? std::max(1, int(std::ceil(numberWidth / step))) : 1;
    for (int s = first; s <= last; s += every)
        m_sessionTicks.append(
            QVariantMap{{QStringLiteral("x"), xFor(s)}, {QStringLiteral("text"), s}});
    if ((last - first) % every != 0 && (last - first) % every * step >= numberWidth)
        m_sessionTicks.append(
            QVariantMap{{QStringLiteral("x"), xFor(last)}, {QStringLiteral("text"), last}});

    Obstacles obstacles;
    QList<QPointF> positions;
    for (const QVariant &v : points) {
        const QVariantMap p = v.toMap();
        positions.append({xFor(p.value(QStringLiteral("session")).toInt()),
                          yFor(p.value(QStringLiteral("total")).toInt())});
    }
    m_line = positions;
    for (int i = 1; i < positions.size(); ++i)
        obstacles.addLine({positions.at(i - 1), positions.at(i)});
    for (const QPointF &p : positions)
        obstacles.addBox(QRectF(p.x() - kMarkerRadius, p.y() - kMarkerRadius, 2 * kMarkerRadius,
                                2 * kMarkerRadius));

    // The cut-off's name sits by its line at the right, else at the left, above it where
    // there is room, where no point or line is.
    const int caseness = m_series.value(QStringLiteral("caseness"), -1).toInt();
    if (caseness >= 0 && caseness <= maximum) {
        m_hasCutOff = true;
        m_cutOffY = yFor(caseness - 0.5);
        // Wider than the plot (large text on a phone), the name wraps onto two lines.
        const qreal w = std::min(m_cutOffLabelWidth, m_plot.width());
        const qreal h = m_cutOffLabelWidth > m_plot.width() ? 2 * th : th;
        const QList<QRectF> places = {
            {m_plot.right() - w, m_cutOffY - kGap - h, w, h},
            {m_plot.right() - w, m_cutOffY + kGap, w, h},
            {m_plot.left(), m_cutOffY - kGap - h, w, h},
            {m_plot.left(), m_cutOffY + kGap, w, h},
        };
        m_cutOffLabel = places.first();
        for (const QRectF &place : places) {
            if (!obstacles.touch(place)) {
                m_cutOffLabel = place;
                break;
            }
        }
        obstacles.addLine({QPointF(m_plot.left(), m_cutOffY), QPointF(m_plot.right(), m_cutOffY)});
        obstacles.addBox(m_cutOffLabel);
    }

    // The last total first (where the course is now), then the first, then the rest.
    const int count = int(positions.size());
    QList<int> order;
    if (count > 1)
        order.append(count - 1);
    for (int i = 0; i < count; ++i) {
        if (i != count - 1 || count == 1)
            order.append(i);
    }
    QList<QRectF> rects(positions.size());
    const QRectF allowed(m_plot.left(), 0, m_plot.width() + right, m_plot.bottom());
    const qreal diagonal = (kMarkerRadius + kGap) * 0.7;
    for (int i : order) {
        const QPointF p = positions.at(i);
        const QString text = points.at(i).toMap().value(QStringLiteral("total")).toString();
        const qreal w = dw * qreal(text.size()) + 2;
        const qreal h = th;
        const qreal r = kMarkerRadius + kGap;
        const QList<QRectF> places = {
            {p.x() - w / 2, p.y() - r - h, w, h},               // above
            {p.x() - w / 2, p.y() + r, w, h},                   // below
            {p.x() + diagonal, p.y() - diagonal - h, w, h},     // above right
            {p.x() - diagonal - w, p.y() - diagonal - h, w, h}, // above left
            {p.x() + diagonal, p.y() + diagonal, w, h},         // below right
            {p.x() - diagonal - w, p.y() + diagonal, w, h},     // below left
            {p.x() - w / 2, p.y() - r - 2 * h, w, h}, // a line higher, clear of a neighbour's
            {p.x() - w / 2, p.y() + r + h, w, h},     // a line lower
        };
        for (const QRectF &place : places) {
            if (allowed.contains(place) && !obstacles.touch(place)) {
                rects[i] = place;
                obstacles.addBox(place);
                ++m_labelsShown;
                break;
            }
        }
    }
    m_labelRects = rects;

    // Each band's name, inside the band where it touches no total (see below).
    for (int i = 0; i < bands.size(); ++i) {
        const QRectF band = bandRects.at(i);
        const qreal w = std::min(m_bandLabelWidths.value(i, dw * 8).toReal(), band.width() - 12);
        bool fits = band.height() >= th;
        QRectF label(band.left() + 6, band.center().y() - th / 2, w, th);
        if (fits) {
            // At the left, else at the right, else anywhere along the band; first clear of
            // everything, then crossed only by a line (still readable), never under a number.
            QList<qreal> xs = {band.left() + 6, band.right() - 6 - w};
            for (int k = 0; band.left() + 14 + 8 * k < band.right() - 6 - w; ++k)
                xs.append(band.left() + 14 + 8 * k);
            const qreal ys[] = {band.center().y() - th / 2, band.top() + 1, band.bottom() - 1 - th};
            bool found = false;
            for (int pass = 0; pass < 2 && !found; ++pass) {
                for (qreal x : xs) {
                    for (qreal y : ys) {
                        const QRectF place(x, y, w, th);
                        const bool taken =
                            pass == 0 ? obstacles.touch(place) : obstacles.touchBox(place);
                        if (!found && !taken) {
                            label = place;
                            found = true;
                        }
                    }
                }
            }
            // Nowhere but under a total (large text, a narrow band): left out; the table names
            // the band of every total.
            if (found)
                obstacles.addBox(label);
            fits = found;
        }
        m_bands.append(QVariantMap{
            {QStringLiteral("y"), band.top()},
            {QStringLiteral("height"), band.height()},
            {QStringLiteral("label"), bands.at(i).toMap().value(QStringLiteral("label"))},
            {QStringLiteral("severity"), i},
            {QStringLiteral("labelShown"), fits},
            {QStringLiteral("labelX"), label.x() - band.left()},
            {QStringLiteral("labelY"), label.y() - band.top()},
            {QStringLiteral("labelWidth"), label.width()}});
    }
    // Each marker a circle of two arcs, from its left edge.
    const QString radius = QString::number(kMarkerRadius);
    const QString across = QString::number(2 * kMarkerRadius);
    for (const QPointF &p : std::as_const(positions))
        m_markers += QStringLiteral("M%1 %2a%3 %3 0 1 0 %4 0a%3 %3 0 1 0 -%4 0Z")
                         .arg(p.x() - kMarkerRadius)
                         .arg(p.y())
                         .arg(radius, across);
    for (int i = 0; i < positions.size(); ++i) {
        const QRectF &label = rects.at(i);
        if (label.isNull())
            continue;
        m_labels.append(QVariantMap{
            {QStringLiteral("x"), label.x()},
            {QStringLiteral("y"), label.y()},
            {QStringLiteral("width"), label.width()},
            {QStringLiteral("height"), label.height()},
            {QStringLiteral("total"), points.at(i).toMap().value(QStringLiteral("total"))}});
    }
    Q_EMIT laidOut();
}

} // namespace dit
