// One change in a record's history (created, edit 1, 2, …): when and where it was made, and whether it
// is the current one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    required property var modelData
    spacing: 12
    Rectangle {
        width: 32; height: 32; radius: 16
        color: modelData.isHead ? Theme.primary : "#BDBDBD"
        Label { anchors.centerIn: parent; text: modelData.number; color: "white"; font.bold: true }
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Label {
            // Plain words: made, then each edit by its number, rather than "versions".
            text: modelData.deleted ? qsTr("Deleted")
                : modelData.number === 1 ? qsTr("Created")
                : qsTr("Edit %1").arg(modelData.number - 1)
            font.weight: modelData.isHead ? Font.Medium : Font.Normal
            wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        // Each line wraps and fills: a layout holds a label that does neither at its whole one-line width,
        // and on a phone "27/11/2026 09:14 · This tablet" beside the chip widened the whole page past the
        // screen.
        Label {
            text: modelData.when + " · " + modelData.origin
            color: Theme.muted; font.pixelSize: Theme.small; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Label {
            visible: modelData.changes.length > 0
            text: qsTr("Changed: %1").arg(modelData.changes)
            color: Theme.muted; font.pixelSize: Theme.small; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
    }
    StatusChip { visible: modelData.isHead; text: qsTr("Current"); tint: Theme.primary }
}
