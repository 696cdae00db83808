package org.kamcomp.web.participant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.ParticipantRepository;

/** The participants the signed-in user may see, for the participant list and the landing pages. */
@Named
@ViewScoped
public class ParticipantsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ParticipantRepository participants;
  @Inject Viewer viewer;

  private List<ParticipantRow> rows;

  @PostConstruct
  void load() {
    rows = participants.visibleTo(viewer).stream().map(ParticipantRow::new).toList();
  }

  public List<ParticipantRow> getRows() {
    return rows;
  }

  public int getCount() {
    return rows.size();
  }
}
