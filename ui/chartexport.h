#pragma once
// Charts to files: PNG at a chosen size and resolution, and SVG. Works without a display.
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace fz {

// Renders a chart at size (logical pixels) and dpi (96 = 1:1); the image is size × dpi/96.
QImage renderChart(QChart *chart, QSize size, qreal dpi = 96);
bool exportChartPng(QChart *chart, const QString &path, QSize size, qreal dpi, QString *error);
bool exportChartSvg(QChart *chart, const QString &path, QSize size, QString *error);
// Several charts in one image, two per row.
QImage renderCharts(const QList<QChart *> &charts, QSize size, qreal dpi = 96);
bool exportChartsPng(const QList<QChart *> &charts, const QString &path, QSize size, qreal dpi, QString *error);

} // namespace fz
