def test_the_start_page_renders(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Check a stem cell treatment offer" in response.content
