import { useAccess, useRealm } from "@keycloak/keycloak-admin-ui";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { CHAT_NS } from "../i18n";
import { SECTIONS } from "../routes";

const SIDEBAR_NAV = ".keycloak__page_nav__nav nav";
const SECTION_ID = "chat-access-nav";

/**
 * Finds the console's sidebar navigation and keeps a container of ours as its last section. The
 * console renders its sidebar itself (no extension point), so the section joins its markup; the
 * browser tests check that it is there.
 */
function useSidebarSection(): HTMLElement | null {
  const [container, setContainer] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const section = document.createElement("section");
    section.id = SECTION_ID;
    section.className = "pf-v5-c-nav__section";
    section.setAttribute("aria-labelledby", `${SECTION_ID}-title`);

    const place = () => {
      const nav = document.querySelector(SIDEBAR_NAV);
      if (nav && (section.parentElement !== nav || nav.lastElementChild !== section)) {
        nav.appendChild(section);
      }
    };
    place();
    setContainer(section);
    const observer = new MutationObserver(place);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      section.remove();
    };
  }, []);

  return container;
}

/** The "Chat access" section of the console's sidebar. */
export const ChatAccessNav = () => {
  const { t } = useTranslation(CHAT_NS);
  const { realm } = useRealm();
  const { hasSomeAccess } = useAccess();
  const container = useSidebarSection();

  if (!container || !hasSomeAccess("view-realm", "manage-realm")) {
    return null;
  }
  const encodedRealm = encodeURIComponent(realm);
  return createPortal(
    <>
      <h2 className="pf-v5-c-nav__section-title" id={`${SECTION_ID}-title`}>
        {t("chatAccess")}
      </h2>
      <ul className="pf-v5-c-nav__list" role="list">
        {SECTIONS.map(({ path, titleKey }) => (
          <li className="pf-v5-c-nav__item" key={path}>
            <NavLink
              id={`nav-item-chat-access-${path}`}
              data-testid={`nav-item-chat-access-${path}`}
              to={`/${encodedRealm}/chat-access/${path}`}
              className={({ isActive }) =>
                `pf-v5-c-nav__link${isActive ? " pf-m-current" : ""}`
              }
            >
              {t(titleKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </>,
    container,
  );
};
