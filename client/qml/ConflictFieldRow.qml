// One field two edits set differently: its name, the current version's value and the other edit's side by
// side (the chosen one outlined), and for text, numbers and dates a value typed anew.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Rectangle {
    id: row
    required property int index
    required property string name
    required property string label
    required property string leftValue
    required property string rightValue
    required property string chosen
    required property string custom
    required property bool customizable
    required property ConflictResolution resolution
    property int labelWidth: 200
    objectName: "conflictRow_" + name
    implicitHeight: content.implicitHeight + 16
    radius: 6
    color: "#FFF8E1"  // the row differs between the versions: a reviewer's eye goes here
    border.color: "#FFE0B2"

    component SideCell: Rectangle {
        id: cell
        property string side
        property string value
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        implicitHeight: choice.implicitHeight + 8
        radius: 4
        color: row.chosen === side ? "#E0F2F1" : "white"
        border.color: row.chosen === side ? Theme.primary : Theme.cardBorder
        border.width: row.chosen === side ? 2 : 1
        RadioButton {
            id: choice
            objectName: cell.side + "Choice"
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            checked: row.chosen === cell.side
            text: cell.value
            contentItem: Label {
                leftPadding: choice.indicator.width + choice.spacing
                text: choice.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
            // The model holds the choice: after a click, follow it again (choose all may change it later).
            onClicked: {
                row.resolution.choose(row.index, cell.side)
                checked = Qt.binding(() => row.chosen === cell.side)
            }
        }
    }

    GridLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
        columns: 3
        columnSpacing: 8
        rowSpacing: 4
        Label {
            text: row.label
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            Layout.preferredWidth: row.labelWidth
            Layout.alignment: Qt.AlignTop
        }
        SideCell { side: "left"; value: row.leftValue }
        SideCell { side: "right"; value: row.rightValue }

        Item { visible: row.customizable; Layout.preferredWidth: row.labelWidth }
        RowLayout {
            visible: row.customizable
            Layout.columnSpan: 2
            Layout.fillWidth: true
            RadioButton {
                id: customChoice
                objectName: "customChoice"
                text: qsTr("Another value:")
                checked: row.chosen === "custom"
                onClicked: {
                    row.resolution.setCustom(row.index, customText.text)
                    checked = Qt.binding(() => row.chosen === "custom")
                }
            }
            TextField {
                id: customText
                objectName: "customValue"
                Layout.fillWidth: true
                text: row.custom
                placeholderText: qsTr("Type the merged value")
                onTextEdited: row.resolution.setCustom(row.index, text)
            }
        }
    }
}
