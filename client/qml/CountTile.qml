// A big number with its caption ("3 — Hôm nay").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    property string label
    property int value
    property color tint: Theme.primary
    spacing: 0
    Label { text: parent.value; font.pixelSize: 32; font.bold: true; color: parent.tint }
    Label { text: parent.label; color: Theme.muted }
}
