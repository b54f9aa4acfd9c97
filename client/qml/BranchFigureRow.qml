// One branch's figure on the selected target: its name, value against its own share, and whether it is
// behind.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    id: row
    required property var figure
    spacing: Theme.gap / 2
    Label { text: row.figure.name; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        text: row.figure.targetText === "—" ? row.figure.valueText : row.figure.valueText + " / " + row.figure.targetText
        color: Theme.muted
    }
    StatusChip {
        objectName: "behindChip"
        visible: row.figure.behind
        text: qsTr("Behind")
        tint: Theme.rejected
    }
}
