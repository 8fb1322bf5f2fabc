"""Step 2: which field each column of the file fills (or ignored), pre-filled from the
detection or from a mapping saved for files of the same source, and the kind's other choices."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget, QWizardPage)

from widgets.field_error import ERROR_STYLE

from desktop.i18n import tr
from desktop.imports.file_step import field_label
from desktop.imports.wizard import MAPPING
from models.imports.preview import (BY_HEADER, IGNORE, detect_mapping, fields_of, mapping_problem,
                                    reads_by_header)



def _profiles():
    """models.imports.profiles, or None where this version has no saved mappings."""
    try:
        from models.imports import profiles
    except ImportError:
        return None
    return profiles


class MappingPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(tr("Choose the field each column of the file fills, or ignore it. The "
                            "choices can be saved for the next file from the same source."))
        self.profile = QComboBox()
        self.profile.setMinimumContentsLength(24)
        self.profile.activated.connect(self._profile_chosen)
        save = QPushButton(tr("Save this mapping…"))
        save.clicked.connect(self.save_mapping)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(tr("Saved mappings")))
        saved_row.addWidget(self.profile, 1)
        saved_row.addWidget(save)
        self.save_button = save
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.options_box = QGroupBox(tr("Options"))
        self.options_form = QFormLayout(self.options_box)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.options_box)
        layout.addWidget(self.problem)
        self.combos: dict[str, QComboBox] = {}
        self.option_widgets: dict[str, QWidget] = {}
        self._profiles: list = []

    # -- columns -----------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.wiz.state
        headers = state.head.table.headers
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos = {}
        for column, title in enumerate((tr("Column in the file"), tr("First values"),
                                         tr("Goes to"))):
            heading = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(heading, 0, column)
        fields = fields_of(state.kind, headers, state.mapping)
        rows = state.head.table.rows
        for index, header in enumerate(headers):
            name = QLabel(header or tr("(column {number}, no name)").format(number=index + 1))
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            samples = [r[index] for r in rows[:3] if index < len(r) and r[index].strip()]
            sample = QLabel(", ".join(s[:30] for s in samples) or tr("(empty)"))
            sample.setStyleSheet("color: palette(mid);" if not samples else "")
            sample.setToolTip("\n".join(samples))
            sample.setMinimumWidth(120)
            combo = QComboBox()
            if reads_by_header(state.kind, headers):
                combo.addItem(self._by_header_label(), BY_HEADER)
            combo.addItem(tr("— ignore —"), IGNORE)
            for spec in fields:
                combo.addItem(tr("{field} (required)").format(field=field_label(spec.name))
                              if spec.required else field_label(spec.name),
                              spec.name)
            combo.setCurrentIndex(max(0, combo.findData(state.mapping.get(header, IGNORE))))
            combo.currentIndexChanged.connect(self._changed)
            combo.setEnabled(bool(fields))
            self.grid.addWidget(name, index + 1, 0)
            self.grid.addWidget(sample, index + 1, 1)
            self.grid.addWidget(combo, index + 1, 2)
            self.combos[header] = combo
        self.grid.setRowStretch(len(headers) + 1, 1)
        self._build_options()
        self._fill_profiles()
        self._changed()

    def _by_header_label(self) -> str:
        return tr("A question (its text or Q1, Q2…)") if self.wiz.state.kind == "evaluations" \
            else tr("A metric (by its name)")

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def _changed(self) -> None:
        state = self.wiz.state
        state.mapping = self.mapping()
        self.problem.setText(self._problem() or "")
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        state = self.wiz.state
        problem = mapping_problem(state.kind, state.head.table.headers, state.mapping)
        if problem is None and state.kind == "evaluations" and "scorecard" not in \
                state.mapping.values() and not self.options().get("scorecard"):
            return tr("Choose the scorecard, or the column of the file that names it.")
        return problem

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.state.head is not None and self._problem() is None

    def validatePage(self) -> bool:  # noqa: N802
        self.wiz.state.options = self.options()
        return True

    def cleanupPage(self) -> None:  # noqa: N802 - Back: the preview shows the mapping chosen
        self.wiz.state.options = self.options()
        self.wiz.file_page.show_preview()

    # -- the kind's other choices ------------------------------------------------------------
    def _build_options(self) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_widgets = {}
        state = self.wiz.state
        saved = state.options
        if state.kind == "deals":
            from models.imports.crm_layouts import LAYOUTS, detect_layout
            crm = QComboBox()
            detected = detect_layout(state.head.table.headers)
            crm.addItem(tr("As detected ({crm})").format(crm=detected.name) if detected else
                        tr("As detected (no known CRM)"), None)
            for layout in LAYOUTS:
                crm.addItem(layout.name, layout.key)
            crm.setCurrentIndex(max(0, crm.findData(saved.get("crm"))))
            self.options_form.addRow(tr("Stage names as in"), crm)
            self.option_widgets["crm"] = crm
            if {"amount", "converted_amount"} <= set(state.mapping.values()):
                # A multi-currency report has each deal's own amount and the CRM's converted
                # one: the user picks, and the choice is kept with a saved mapping.
                amounts = QComboBox()
                amounts.addItem(tr("Each deal's own amount, in its own currency"), "original")
                amounts.addItem(tr("The amounts the CRM converted to one currency"), "converted")
                amounts.setCurrentIndex(max(0, amounts.findData(saved.get("amounts"))))
                self.options_form.addRow(tr("Amounts"), amounts)
                self.option_widgets["amounts"] = amounts
        elif state.kind == "evaluations":
            scorecard = QComboBox()
            scorecard.addItem(tr("From the file's 'scorecard' column"), None)
            self.options_form.addRow(tr("Scorecard"), scorecard)
            agency, wave = QLineEdit(saved.get("agency") or ""), QLineEdit(saved.get("wave") or "")
            agency.setPlaceholderText(tr("when the file has no agency column"))
            wave.setPlaceholderText(tr("optional: put them in this wave (created if new)"))
            self.options_form.addRow(tr("Agency"), agency)
            self.options_form.addRow(tr("Wave"), wave)
            self.option_widgets.update(scorecard=scorecard, agency=agency, wave=wave)
            scorecard.currentIndexChanged.connect(self._changed)
            from models.services.quality import list_templates
            self.wiz.background("scorecards", lambda progress: [t.name for t in
                                                               list_templates(self.wiz.ctx.db)],
                                done=lambda names: self._fill_scorecards(names, saved))
        self.options_box.setVisible(bool(self.option_widgets))

    def _fill_scorecards(self, names: list[str], saved: dict) -> None:
        combo = self.option_widgets.get("scorecard")
        if combo is None:
            return
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(saved.get("scorecard"))))

    def options(self) -> dict:
        out = {}
        for key, widget in self.option_widgets.items():
            value = widget.currentData() if isinstance(widget, QComboBox) else \
                widget.text().strip()
            if value:
                out[key] = value
        return out

    # -- saved mappings ----------------------------------------------------------------------
    def look_up_saved_mapping(self) -> None:
        """After the file is read: the saved mapping of files with these headers, if any, and
        (daily numbers) the metrics the columns are read by."""
        state = self.wiz.state
        db = self.wiz.ctx.db
        if state.kind == "activity" and state.metric_names is None:
            from models.imports.preview import metric_keys
            self.wiz.background("metrics", lambda progress: metric_keys(db),
                                done=self._metrics_known)
        profiles = _profiles()
        if profiles is None:
            return
        headers = list(state.head.table.headers)
        self.wiz.background("remembered", lambda progress: profiles.remembered_profile(
            db, state.kind, headers), done=self._remembered)

    def _metrics_known(self, names: set[str]) -> None:
        self.wiz.state.metric_names = names
        self.wiz.file_page.show_preview()

    def _remembered(self, profile) -> None:
        if profile is not None:
            self.apply_profile(profile)

    def apply_profile(self, profile) -> None:
        state = self.wiz.state
        state.mapping = detect_mapping(state.kind, state.head.table.headers, profile.mapping)
        state.options = {k: v for k, v in (profile.options or {}).items()
                         if k in ("crm", "amounts", "scorecard", "agency", "wave")}
        state.profile_name = profile.name
        self.wiz.file_page.show_preview()
        if self.wiz.currentId() == MAPPING:
            self.initializePage()

    def _fill_profiles(self) -> None:
        self.profile.clear()
        self.profile.addItem(tr("Loading…"), None)
        profiles = _profiles()
        self.save_button.setEnabled(profiles is not None)
        if profiles is None:
            self.profile.setItemText(0, tr("(saved mappings are not available)"))
            return
        kind = self.wiz.state.kind
        self.wiz.background("profiles", lambda progress: profiles.list_profiles(
            self.wiz.ctx.db, kind), done=self._profiles_listed)

    def _profiles_listed(self, found: list) -> None:
        self._profiles = found
        self.profile.clear()
        self.profile.addItem(tr("Detected from the headers") if not found else
                             tr("— choose a saved mapping —"), None)
        for profile in found:
            self.profile.addItem(profile.name, profile.name)
        if self.wiz.state.profile_name:
            self.profile.setCurrentIndex(max(0, self.profile.findData(
                self.wiz.state.profile_name)))

    def _profile_chosen(self, index: int) -> None:
        name = self.profile.itemData(index)
        for profile in self._profiles:
            if profile.name == name:
                self.apply_profile(profile)
                self.initializePage()
                return

    def save_mapping(self, name: str | None = None) -> None:
        profiles = _profiles()
        state = self.wiz.state
        if name is None:
            name, ok = QInputDialog.getText(
                self, tr("Save the mapping"),
                tr("Name (for example the CRM or agency it comes from):"),
                text=state.profile_name or "")
            if not ok or not name.strip():
                return
        state.options = self.options()
        ctx = self.wiz.ctx
        headers = list(state.head.table.headers)
        mapping, options = dict(state.mapping), dict(state.options)

        def saved(_result) -> None:
            state.profile_name = name.strip()
            self._fill_profiles()
        self.wiz.background("save-profile", lambda progress: profiles.save_profile(
            ctx.db, ctx.user, state.kind, name, mapping, options, headers=headers), done=saved)
