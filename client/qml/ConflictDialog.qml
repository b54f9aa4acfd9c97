// A hard conflict (xung đột: two edits of one field) side by side: the current version on the left, the
// other edit on the right, one row per field they set differently. The reviewer picks a side per field
// (or all at once) or types a value; saving makes one new version that every device receives.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Dialog {
    id: dialog
    property RecordManager manager
    readonly property alias resolution: conflict
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(1120, parent.width - 64) : 1120
    height: parent ? Math.min(body.implicitHeight + 180, parent.height - 64) : 640
    modal: true
    objectName: "conflictDialog"
    title: qsTr("Resolve the conflict")

    function openFor(recordId) {
        conflict.recordId = recordId
        conflict.refresh()
        open()
    }

    ConflictResolution {
        id: conflict
        manager: dialog.manager
        onResolved: dialog.close()
    }

    readonly property int labelWidth: Math.min(220, width / 5)

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            id: body
            width: scroll.availableWidth
            spacing: 8
            Label {
                text: conflict.title
                font.pixelSize: 18; font.weight: Font.Medium
                wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Label {
                text: conflict.available
                      ? qsTr("Two edits changed the same fields from the same version. Choose the value to keep for each field; the result is saved as a new version that every device receives. Both edits stay in the history.")
                      : qsTr("This record is no longer in conflict.")
                wrapMode: Text.Wrap; color: Theme.muted; Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Item { Layout.preferredWidth: dialog.labelWidth + 8 }
                Repeater {
                    model: [
                        { side: "left", heading: qsTr("Current version"), origin: conflict.leftOrigin, when: conflict.leftTime,
                          button: qsTr("Choose all left"), name: "chooseAllLeft" },
                        { side: "right", heading: qsTr("Other edit"), origin: conflict.rightOrigin, when: conflict.rightTime,
                          button: qsTr("Choose all right"), name: "chooseAllRight" }
                    ]
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        spacing: 0
                        Label { text: modelData.heading; font.weight: Font.Medium }
                        Label { text: modelData.origin + " · " + modelData.when; color: Theme.muted; font.pixelSize: 13; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Button {
                            objectName: modelData.name
                            text: modelData.button
                            flat: true
                            enabled: conflict.available
                            onClicked: conflict.chooseAll(modelData.side)
                        }
                    }
                }
            }
            Repeater {
                model: conflict
                delegate: ConflictFieldRow { resolution: conflict; labelWidth: dialog.labelWidth; Layout.fillWidth: true }
            }
            Label {
                visible: conflict.sameFields.length > 0
                text: qsTr("The same in both versions")
                font.weight: Font.Medium; Layout.topMargin: 8
            }
            GridLayout {
                columns: 2
                columnSpacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: conflict.sameFields
                    delegate: Label {
                        required property var modelData
                        text: modelData.label + ": " + modelData.value
                        color: Theme.muted; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                }
            }
            Label {
                visible: conflict.available && !conflict.mayResolve
                text: qsTr("Only someone who may edit this record can resolve its conflict.")
                color: Theme.muted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Label {
                objectName: "conflictError"
                visible: text.length > 0
                text: conflict.error
                color: Theme.rejected; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveResolution"
            text: qsTr("Save the merged version")
            highlighted: true
            enabled: conflict.available && conflict.mayResolve
            // Not an accept: a refused value keeps the dialog open with the reason.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: conflict.resolve()
        }
        Button { text: qsTr("Cancel"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }
}
