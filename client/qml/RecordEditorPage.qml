// The form for a new record or an edit. Fields come from the record schema through RecordEditor; each
// shows its message from the shared validation rules; everything typed is kept as a draft at once.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    // Its kind's list, whichever page opened it (the inbox, home, a list).
    readonly property string navName: "list:" + kind
    property string kind: "activity"
    property string recordId: ""
    // A visit started from a household's page is about that household.
    property string presetHouseholdId: ""
    // A draft chosen on the home page: the form continues it.
    property string presetDraftKey: ""
    // A visit that records the preset household's status at the start of the year.
    property bool startOfYear: false
    objectName: "recordEditorPage"
    readonly property alias editor: form
    signal done(string recordId)

    RecordEditor {
        id: form
        manager: page.app.manager
        kind: page.kind
        recordId: page.recordId
        startOfYear: page.startOfYear
        onSaved: (id) => {
            const offerStart = form.offersStartOfYear
            page.done(id)
            if (page.shell) {
                page.shell.back()
                // A household just registered: its status at the start of the year comes next (or is skipped).
                if (offerStart) page.shell.openEditor("household_visit", "", { householdId: id, startOfYear: true })
                page.shell.showNotice(qsTr("Saved"))
            }
        }
    }

    Component.onCompleted: {
        if (presetDraftKey.length > 0 && recordId.length === 0) form.resumeDraft(presetDraftKey)
        if (presetHouseholdId.length > 0) form.setId("household_id", presetHouseholdId)
    }

    function save() {
        if (!form.save() && form.firstInvalidRow >= 0) {
            const item = fields.itemAt(form.firstInvalidRow)
            if (item) scroll.contentItem.contentY = Math.max(0, item.y - Theme.gap)
        }
    }

    // Discarding deletes what was typed, with no way back: asked once more, keeping it is the default.
    Dialog {
        id: discardConfirm
        objectName: "discardConfirm"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(480, page.width - 32)
        title: qsTr("Discard this draft?")
        onAccepted: form.discardDraft()
        Label {
            width: discardConfirm.availableWidth
            text: qsTr("What you typed in this form will be deleted from the tablet. This cannot be undone.")
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                objectName: "keepDraft"
                text: qsTr("Keep draft")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmDiscard"
                text: qsTr("Discard")
                flat: true
                Material.foreground: Theme.rejected
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
    }

    // Drafts of this kind left unsaved: continue one, or start new beside them (they are kept).
    Dialog {
        id: draftChoice
        objectName: "draftChoice"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        // Back, or a tap beside it, dismisses it as "start new": the drafts stay for next time.
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        focus: true
        visible: form.draftChoices.length > 0
        onClosed: if (form.draftChoices.length > 0) form.startNew()
        width: Math.min(520, page.width - 32)
        title: qsTr("Unsaved draft")
        ColumnLayout {
            width: draftChoice.availableWidth
            spacing: 8
            Label {
                text: qsTr("You started %n record(s) of this kind without saving. Continue one, or start a new one: drafts are kept until you save or discard them.", "", form.draftChoices.length)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: form.draftChoices
                delegate: RowLayout {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label { text: modelData.title; elide: Text.ElideRight; Layout.fillWidth: true; font.weight: Font.Medium }
                        Label { text: qsTr("Last changed %1").arg(modelData.changed); color: Theme.muted; font.pixelSize: Theme.small }
                    }
                    Button {
                        objectName: "continueDraft_" + index
                        text: qsTr("Continue draft")
                        highlighted: true
                        implicitHeight: Theme.touch
                        onClicked: form.resumeDraft(modelData.key)
                    }
                }
            }
            Button {
                objectName: "startNew"
                text: qsTr("Start new")
                flat: true
                implicitHeight: Theme.touch
                Layout.alignment: Qt.AlignRight
                onClicked: form.startNew()
            }
        }
    }

    header: PageHeader {
        title: form.title
        shell: page.shell
        ToolButton {
            objectName: "saveButton"
            visible: form.notAllowedHere.length === 0
            text: qsTr("Save")
            font.weight: Font.Bold
            implicitHeight: Theme.touch
            onClicked: page.save()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Pane {
            objectName: "notAllowedBanner"
            visible: form.notAllowedHere.length > 0
            Layout.fillWidth: true
            Material.background: "#FFEBEE"
            Label {
                width: parent.width
                text: form.notAllowedHere
                wrapMode: Text.Wrap
            }
        }
        Pane {
            objectName: "startOfYearBanner"
            visible: form.startOfYearNote.length > 0
            Layout.fillWidth: true
            Material.background: "#E3F2FD"
            // Beside the note that explains it, not in the toolbar, where the title would be cut on a phone.
            ColumnLayout {
                width: parent.width
                Label {
                    text: form.startOfYearNote
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "skipStartOfYear"
                    text: qsTr("Skip")
                    flat: true
                    implicitHeight: Theme.touch
                    Layout.alignment: Qt.AlignRight
                    // Nothing of a skipped status is kept: the household's page offers it again.
                    onClicked: {
                        form.discardDraft()
                        if (page.shell) page.shell.back()
                    }
                }
            }
        }
        Pane {
            objectName: "reviewBanner"
            visible: form.reviewComment.length > 0
            Layout.fillWidth: true
            Material.background: "#FFEBEE"
            Label {
                width: parent.width
                text: qsTr("Returned by the district: %1").arg(form.reviewComment)
                color: Theme.rejected
                wrapMode: Text.Wrap
            }
        }
        Pane {
            objectName: "draftBanner"
            visible: form.restoredDraft
            Layout.fillWidth: true
            Material.background: "#FFF8E1"
            RowLayout {
                width: parent.width
                Label {
                    text: qsTr("Draft restored: what you typed last time is back.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "discardDraft"
                    text: qsTr("Discard draft")
                    flat: true
                    onClicked: discardConfirm.open()
                }
            }
        }
        Label {
            objectName: "saveError"
            visible: form.saveError.length > 0 || (form.showAllMessages && !form.valid)
            text: form.saveError.length > 0 ? form.saveError : qsTr("Some fields need attention before saving.")
            color: Theme.rejected
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.margins: Theme.gap
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 4
                Item { implicitHeight: 4 }  // air under the toolbar
                Repeater {
                    id: fields
                    model: form
                    delegate: FieldEditor {
                        editor: form
                        shell: page.shell
                        Layout.fillWidth: true
                        Layout.maximumWidth: 760
                        Layout.leftMargin: Theme.gap
                        Layout.rightMargin: Theme.gap
                    }
                }
                PhotoStrip {
                    manager: page.app.manager; editor: form; kind: page.kind; recordId: page.recordId
                    Layout.fillWidth: true; Layout.maximumWidth: 760; Layout.margins: Theme.gap
                }
                Button {
                    objectName: "saveButtonBottom"
                    visible: form.notAllowedHere.length === 0
                    text: qsTr("Save")
                    highlighted: true
                    Layout.leftMargin: Theme.gap
                    Layout.topMargin: Theme.gap
                    Layout.bottomMargin: 32
                    Layout.preferredHeight: Theme.touch + 8
                    Layout.preferredWidth: 200
                    onClicked: page.save()
                }
            }
        }
    }
}
