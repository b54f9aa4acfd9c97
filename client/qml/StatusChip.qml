// A small coloured label: a record's sync state, or "đạt 8 tiêu chí".
import QtQuick
import QtQuick.Controls

Label {
    id: chip
    property color tint: Theme.muted
    color: tint
    font.pixelSize: Theme.small
    font.weight: Font.Medium
    topPadding: 3; bottomPadding: 3; leftPadding: 10; rightPadding: 10
    background: Rectangle {
        radius: height / 2
        color: Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, 0.12)
        border.color: Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, 0.5)
    }
}
