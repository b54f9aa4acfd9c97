// One row of the review queue: a tick box for approving many, the record's kind and title, its branch
// and commune unit, its date, when its current version was made, and its review status.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row
    required property int index
    required property string kindLabel
    required property string title
    required property string unitName
    required property string communeName
    required property string dateText
    required property string madeAtText
    required property string status
    required property string statusLabel
    required property string comment
    required property bool selected
    property bool current: false
    signal chosen()
    signal toggled()
    objectName: "queueRow_" + index
    highlighted: current
    height: Math.max(64, content.implicitHeight + 16)
    onClicked: chosen()
    // Space selects the row for approving many (the list gives its current row the focus, and a button
    // would take Space as a click).
    Keys.onSpacePressed: (event) => { row.toggled(); event.accepted = true }

    RowLayout {
        id: content
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 4; rightMargin: 12 }
        spacing: 8
        CheckBox {
            objectName: "selectBox"
            checked: row.selected
            onClicked: row.toggled()
            Accessible.name: qsTr("Select")
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: row.title
                font.weight: Font.Medium
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: [row.kindLabel, row.unitName, row.communeName].filter(s => s.length > 0).join(" · ")
                color: Theme.muted; font.pixelSize: 13
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.comment.length > 0 && (row.status === "returned" || row.status === "fixed")
                text: qsTr("Returned: %1").arg(row.comment)
                color: Theme.rejected; font.pixelSize: 13
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 2
            StatusChip {
                Layout.alignment: Qt.AlignRight
                text: row.statusLabel
                tint: row.status === "approved" ? Theme.sent
                    : row.status === "returned" || row.status === "conflict" ? Theme.rejected
                    : row.status === "fixed" ? Theme.pending : Theme.primary
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: row.dateText.length > 0 ? row.dateText : row.madeAtText
                color: Theme.muted; font.pixelSize: 13
            }
        }
    }
}
