import type GroupRepresentation from "@keycloak/keycloak-admin-client/lib/defs/groupRepresentation";
import {
  Button,
  FormSelect,
  FormSelectOption,
  InputGroup,
  InputGroupItem,
  Label,
  Menu,
  MenuContent,
  MenuItem,
  MenuList,
  TextInput,
} from "@patternfly/react-core";
import { SearchIcon } from "@patternfly/react-icons";
import { useState } from "react";
import type { Subject, SubjectType } from "../api/types";
import { useChatAccess } from "./useChatAccess";
import { UserSearch } from "./UserSearch";

type Choice = { id: string; name: string; description?: string };

type SubjectPickerProps = {
  type: SubjectType;
  value?: Subject;
  onChange: (subject: Subject | undefined) => void;
};

function flattenGroups(groups: GroupRepresentation[], into: Choice[] = []): Choice[] {
  for (const group of groups) {
    into.push({ id: group.id!, name: group.path ?? group.name ?? group.id! });
    flattenGroups(group.subGroups ?? [], into);
  }
  return into;
}

/** Picks who an assignment is for: a user, a group, a realm role or a client's role. */
export const SubjectPicker = ({ type, value, onChange }: SubjectPickerProps) => {
  const { adminClient, realm, t, notifyError } = useChatAccess();
  const [search, setSearch] = useState("");
  const [results, setResults] = useState<Choice[]>();
  const [clients, setClients] = useState<Choice[]>();
  const [clientId, setClientId] = useState("");

  const find = async () => {
    const text = search.trim();
    try {
      if (type === "group") {
        const groups = await adminClient.groups.find({
          realm,
          search: text,
          first: 0,
          max: 20,
          briefRepresentation: true,
        });
        const lower = text.toLowerCase();
        setResults(flattenGroups(groups).filter((g) => g.name.toLowerCase().includes(lower)));
      } else if (type === "realm-role") {
        const roles = await adminClient.roles.find({ realm, search: text, first: 0, max: 20 });
        setResults(roles.map((r) => ({ id: r.id!, name: r.name!, description: r.description })));
      } else if (type === "client-role") {
        const found = await adminClient.clients.find({
          realm,
          clientId: text,
          search: true,
          first: 0,
          max: 20,
        });
        setClients(found.map((c) => ({ id: c.id!, name: c.clientId! })));
        setResults(undefined);
      }
    } catch (error) {
      notifyError(t("chatSearchSubjects"), error);
    }
  };

  const pickClient = async (id: string) => {
    setClientId(id);
    if (!id) {
      setResults(undefined);
      return;
    }
    try {
      const roles = await adminClient.clients.listRoles({ realm, id });
      const client = clients?.find((c) => c.id === id)?.name ?? "";
      setResults(roles.map((r) => ({ id: r.id!, name: `${client} ${r.name}`, description: r.description })));
    } catch (error) {
      notifyError(t("chatSearchSubjects"), error);
    }
  };

  if (value) {
    return (
      <Label
        data-testid="chat-subject-selected"
        onClose={() => onChange(undefined)}
        closeBtnAriaLabel={t("chatChangeSubject")}
      >
        {value.name ?? value.id}
      </Label>
    );
  }
  if (type === "user") {
    return (
      <UserSearch
        id="chat-subject-user"
        placeholder={t("chatSearchUserPlaceholder")}
        onSelect={(user) => onChange({ type, id: user.id!, name: user.username })}
      />
    );
  }
  return (
    <div className="chat-access-user-search">
      <InputGroup>
        <InputGroupItem isFill>
          <TextInput
            id="chat-subject-search-input"
            data-testid="chat-subject-search-input"
            aria-label={t(`chatSearchPlaceholder_${type}`)}
            placeholder={t(`chatSearchPlaceholder_${type}`)}
            value={search}
            onChange={(_e, v) => setSearch(v)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                void find();
              }
            }}
          />
        </InputGroupItem>
        <InputGroupItem>
          <Button
            variant="control"
            data-testid="chat-subject-search"
            aria-label={t("chatSearch")}
            onClick={() => void find()}
          >
            <SearchIcon />
          </Button>
        </InputGroupItem>
      </InputGroup>
      {type === "client-role" && clients && (
        <FormSelect
          className="pf-v5-u-mt-sm"
          id="chat-subject-client"
          data-testid="chat-subject-client"
          aria-label={t("chatClient")}
          value={clientId}
          onChange={(_e, v) => void pickClient(v)}
        >
          <FormSelectOption value="" label={t("chatChooseClient")} />
          {clients.map((c) => (
            <FormSelectOption key={c.id} value={c.id} label={c.name} />
          ))}
        </FormSelect>
      )}
      {results && (
        <Menu isPlain isScrollable>
          <MenuContent maxMenuHeight="240px">
            <MenuList data-testid="chat-subject-results">
              {results.length === 0 && <MenuItem isDisabled>{t("chatNothingFound")}</MenuItem>}
              {results.map((choice) => (
                <MenuItem
                  key={choice.id}
                  data-testid={`chat-subject-result-${choice.name}`}
                  description={choice.description}
                  onClick={() => onChange({ type, id: choice.id, name: choice.name })}
                >
                  {choice.name}
                </MenuItem>
              ))}
            </MenuList>
          </MenuContent>
        </Menu>
      )}
    </div>
  );
};
