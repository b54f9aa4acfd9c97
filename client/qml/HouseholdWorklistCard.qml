// The home page's worklist of households: those due a visit (never visited, or not for months) and those
// one criterion short of 8/8 at their latest visit. A tap opens the household, where "Thăm hộ này" waits.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Card {
    id: card
    required property AppController app
    property var shell: null
    readonly property int shown: 5   // per list: the rest are in the households list
    objectName: "householdWorklist"
    visible: cases.due.length > 0 || cases.oneShort.length > 0

    HouseholdCases { id: cases; manager: card.app.manager }

    component WorkRow: ItemDelegate {
        required property var modelData
        Layout.fillWidth: true
        onClicked: if (card.shell) card.shell.openDetail(modelData.recordId)
        contentItem: ColumnLayout {
            spacing: 0
            Label { text: modelData.title; font.pixelSize: Theme.body; elide: Text.ElideRight; Layout.fillWidth: true }
            Label {
                text: modelData.detail
                color: Theme.muted; font.pixelSize: Theme.small
                elide: Text.ElideRight; Layout.fillWidth: true
            }
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 4
        Label {
            text: qsTr("Households to visit")
            font.pixelSize: Theme.heading; font.weight: Font.Medium
        }
        Label {
            objectName: "dueHeading"
            visible: cases.due.length > 0
            text: qsTr("%n household(s) not visited for %1 months", "", cases.due.length).arg(cases.dueAfterMonths)
            color: Theme.pending; font.pixelSize: Theme.small; font.weight: Font.Medium
            wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Repeater {
            model: cases.due.slice(0, card.shown)
            delegate: WorkRow { objectName: "due_" + index; required property int index }
        }
        Label {
            objectName: "oneShortHeading"
            visible: cases.oneShort.length > 0
            text: qsTr("%n household(s) one criterion short of 8/8", "", cases.oneShort.length)
            color: Theme.primary; font.pixelSize: Theme.small; font.weight: Font.Medium
            wrapMode: Text.Wrap; Layout.fillWidth: true
            Layout.topMargin: 8
        }
        Repeater {
            model: cases.oneShort.slice(0, card.shown)
            delegate: WorkRow { objectName: "oneShort_" + index; required property int index }
        }
    }
}
