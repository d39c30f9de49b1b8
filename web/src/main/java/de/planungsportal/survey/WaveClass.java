package de.planungsportal.survey;

import de.planungsportal.area.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * A class of a school taking part in a wave: codes are generated for its pupils plus the wave's
 * margin. {@code slips_returned} belongs to the consent recording of the field phase.
 */
@Entity
@Table(name = "wave_class")
public class WaveClass implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "wave_id", updatable = false)
  private SurveyWave wave;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id", updatable = false)
  private School school;

  @Column(name = "class_label", nullable = false, length = 40)
  private String classLabel;

  @Column(nullable = false)
  private int grade;

  @Column(nullable = false)
  private int pupils;

  @Column(name = "slips_returned")
  private Integer slipsReturned;

  @Version private int version;

  protected WaveClass() {}

  public WaveClass(SurveyWave wave, School school, String classLabel, int grade, int pupils) {
    this.wave = wave;
    this.school = school;
    this.classLabel = classLabel;
    this.grade = grade;
    this.pupils = pupils;
  }

  public Long getId() {
    return id;
  }

  public SurveyWave getWave() {
    return wave;
  }

  public School getSchool() {
    return school;
  }

  public String getClassLabel() {
    return classLabel;
  }

  public int getGrade() {
    return grade;
  }

  public int getPupils() {
    return pupils;
  }

  public Integer getSlipsReturned() {
    return slipsReturned;
  }
}
