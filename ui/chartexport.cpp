#include "chartexport.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>
#include <QtCharts/QChart>

namespace fz {

namespace {
// Lays the chart out at the size asked for, in a scene of its own when it has none.
struct Stage {
    QGraphicsScene scene;
    QChart *chart;
    QGraphicsScene *previous;
    QSizeF previousSize;
    Stage(QChart *c, QSize size) : chart(c), previous(c->scene()), previousSize(c->size())
    {
        if (!previous)
            scene.addItem(chart);
        chart->resize(size);
        // Layout requests are posted events; the plot area (and the value labels placed on it)
        // follow once they are processed.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    ~Stage()
    {
        if (!previous) {
            scene.removeItem(chart);
        } else {
            chart->resize(previousSize);
        }
    }
    QGraphicsScene *target() { return previous ? previous : &scene; }
};
}

QImage renderChart(QChart *chart, QSize size, qreal dpi)
{
    Stage stage(chart, size);
    const qreal ratio = dpi / 96.0;
    QImage image(QSize(qRound(size.width() * ratio), qRound(size.height() * ratio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    stage.target()->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), chart->sceneBoundingRect());
    return image;
}

bool exportChartPng(QChart *chart, const QString &path, QSize size, qreal dpi, QString *error)
{
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 || size.height() > 20000 || dpi < 24 || dpi > 1200) {
        if (error) *error = QCoreApplication::translate("fz::ChartExport", "size must be 100–20000 pixels and resolution 24–1200 dpi");
        return false;
    }
    const QImage image = renderChart(chart, size, dpi);
    if (!image.save(path, "PNG")) {
        if (error) *error = QCoreApplication::translate("fz::ChartExport", "%1: cannot write the PNG file").arg(path);
        return false;
    }
    return true;
}

QImage renderCharts(const QList<QChart *> &charts, QSize size, qreal dpi)
{
    if (charts.size() == 1)
        return renderChart(charts.first(), size, dpi);
    const int columns = 2, rows = int((charts.size() + 1) / 2);
    const QSize cell(size.width() / columns, size.height() / qMax(1, rows));
    const qreal ratio = dpi / 96.0;
    QImage image(QSize(qRound(size.width() * ratio), qRound(size.height() * ratio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int i = 0; i < charts.size(); ++i)
        p.drawImage(QPoint((i % columns) * cell.width(), (i / columns) * cell.height()), renderChart(charts.at(i), cell, dpi));
    return image;
}

bool exportChartsPng(const QList<QChart *> &charts, const QString &path, QSize size, qreal dpi, QString *error)
{
    if (charts.isEmpty()) {
        if (error) *error = QCoreApplication::translate("fz::ChartExport", "nothing to draw");
        return false;
    }
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 || size.height() > 20000 || dpi < 24 || dpi > 1200) {
        if (error) *error = QCoreApplication::translate("fz::ChartExport", "size must be 100–20000 pixels and resolution 24–1200 dpi");
        return false;
    }
    if (!renderCharts(charts, size, dpi).save(path, "PNG")) {
        if (error) *error = QCoreApplication::translate("fz::ChartExport", "%1: cannot write the PNG file").arg(path);
        return false;
    }
    return true;
}

bool exportChartSvg(QChart *chart, const QString &path, QSize size, QString *error)
{
    Stage stage(chart, size);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(chart->title());
    QPainter p;
    if (!p.begin(&svg)) {
        if (error) *error = QCoreApplication::translate("fz::ChartExport", "%1: cannot write the SVG file").arg(path);
        return false;
    }
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    stage.target()->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), chart->sceneBoundingRect());
    p.end();
    return true;
}

} // namespace fz
