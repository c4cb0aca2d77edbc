import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, DocumentRegular } from "@fluentui/react-icons";
import type { Pack } from "../../../core/packs/pack.types";
import type { PaneActions, PaneState } from "../hooks/useReportAssembler";
import type { HostKind } from "../host/paneHost.types";
import type { Strings } from "../strings";
import { FilePickButton } from "./FilePickButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
});

interface Props {
  readonly host: HostKind;
  readonly packs: readonly Pack[];
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly s: Strings;
}

/** Where the data comes from: the report type, the workbook and the template. */
export function SourcePanel({ host, packs, state, actions, s }: Props) {
  const styles = useStyles();
  const busy = state.busy !== null;
  return (
    <section className={styles.root} aria-label={s.workbook}>
      <Field label={s.pack}>
        <Select
          value={state.pack.id}
          onChange={(_, d) => actions.choosePack(d.value)}
          disabled={busy}
        >
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.workbook}>
        {host === "excel" ? (
          <Text>{s.currentWorkbook}</Text>
        ) : (
          <div className={styles.row}>
            <FilePickButton
              label={s.openWorkbook}
              // .et (WPS) is offered too: it gets one sentence saying to save it as .xlsx
              accept=".xlsx,.xls,.ods,.et"
              icon={<DocumentTableRegular />}
              onPick={actions.openWorkbook}
              disabled={busy}
            />
            <Button appearance="subtle" onClick={actions.useSample} disabled={busy}>
              {s.useSample}
            </Button>
            <Text className={styles.name} aria-live="polite">
              {state.workbookName ?? s.noWorkbook}
            </Text>
          </div>
        )}
      </Field>
      <Field label={s.template}>
        <div className={styles.row}>
          <Text>{state.template.kind === "builtin" ? s.builtinTemplate : state.template.name}</Text>
          <FilePickButton
            label={s.customTemplate}
            accept=".docx"
            appearance="subtle"
            icon={<DocumentRegular />}
            onPick={actions.chooseTemplate}
            disabled={busy}
          />
          {state.template.kind === "custom" && (
            <Button
              appearance="subtle"
              onClick={() => actions.chooseTemplate(null)}
              disabled={busy}
            >
              {s.builtinTemplate}
            </Button>
          )}
        </div>
      </Field>
    </section>
  );
}
